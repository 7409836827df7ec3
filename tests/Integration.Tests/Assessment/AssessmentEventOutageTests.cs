using System.Net;
using Npgsql;
using OutsourcingPortal.Hosting;
using OutsourcingPortal.Hosting.Testing;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Events;
using StackExchange.Redis;
using static OutsourcingPortal.Integration.Tests.Assessment.AssessmentClient;

namespace OutsourcingPortal.Integration.Tests.Assessment;

/// <summary>
/// Redis goes down while an evaluator completes an assessment. The whole application runs a second time for this test,
/// its services pointed at a Redis the test owns, because stopping the shared one would disturb every other test. It
/// joins the shared collection so that the two applications never compete for the machine.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AssessmentEventOutageTests : IAsyncLifetime
{
    private ScratchRedis _redis = null!;
    private DistributedApplication _app = null!;
    private ApiPrincipals _principals = null!;

    public async Task InitializeAsync()
    {
        _redis = await ScratchRedis.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = $"127.0.0.1:{_redis.Port}",
        });
        _app = await builder.BuildAsync();
        await _app.StartAsync().WaitAsync(TimeSpan.FromMinutes(4));
        var gateway = _app.GetEndpoint("gateway");
        _principals = new ApiPrincipals(() => gateway);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task An_assessment_completed_while_Redis_is_down_reaches_the_stream_exactly_once_when_it_is_back()
    {
        using var client = await _principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, "Completed during an outage"));
        (await AnswerAsync(client, assessment, await CompleteAnswersAsync(client))).EnsureSuccessStatusCode();

        await _redis.StopAsync();
        using var completed = await CompleteAsync(client, assessment);
        using var completedAgain = await CompleteAsync(client, assessment);
        await Eventually.TrueAsync(async () => await RelayAttemptsAsync(assessment) >= 2, TimeSpan.FromSeconds(30),
            "The relay did not try to publish the completion while Redis was down.");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (completed.StatusCode, completedAgain.StatusCode));
        await _redis.RestartAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_redis.ClientOptions);
        await Eventually.TrueAsync(async () => (await CompletionEventsAsync(redis, assessment)).Count > 0, TimeSpan.FromSeconds(60),
            "The completion never reached the stream after Redis came back.");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var entry = Assert.Single(await CompletionEventsAsync(redis, assessment));
        Assert.Equal("AssessmentCompleted", (string?)entry["type"]);
    }

    /// <summary>How often the relay tried to publish the assessment's completion, read as the superuser (the outbox hides from requests).</summary>
    private async Task<int> RelayAttemptsAsync(Guid assessment)
    {
        var server = new NpgsqlConnectionStringBuilder(_app.GetConnectionString("postgres")) { Database = "assessmentdb" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select coalesce(max(attempts), 0) from event_outbox where type = 'AssessmentCompleted' and data->>'assessmentId' = $1", connection)
        {
            Parameters = { new() { Value = assessment.ToString() } },
        };
        return (int)(await command.ExecuteScalarAsync())!;
    }
}

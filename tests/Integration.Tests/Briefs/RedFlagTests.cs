using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>Red flags of submitted responses over HTTP: quoted where they were found, dismissed with a reason that is audited.</summary>
[Collection(AppCollection.Name)]
public sealed class RedFlagTests(AppFixture fixture)
{
    [Fact]
    public async Task A_response_with_red_flag_phrases_is_flagged_with_the_quote_and_a_dismissal_with_a_reason_is_audited_and_shown()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        var (brief, response) = await FlaggedResponseAsync(evaluator);

        var flags = await FlagsAsync(evaluator, brief, response);
        var accuracy = flags.Single(flag => (string?)flag!["kind"] == "guaranteed-accuracy")!;
        var team = flags.Single(flag => (string?)flag!["kind"] == "undisclosed-team")!;
        using var dismissed = await DismissAsync(evaluator, brief, response, (string)accuracy["key"]!, "They meant a target to reach in the pilot.");
        var dismissal = (await dismissed.Content.ReadFromJsonAsync<JsonObject>())!;
        var after = await FlagsAsync(evaluator, brief, response);
        var log = (await admin.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/audit-log?objectId={dismissal["id"]}", UriKind.Relative)))!;
        var evaluation = (await evaluator.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}/evaluation", UriKind.Relative)))!;

        Assert.Equal((FlaggedResponse.AccuracyFlag, FlaggedResponse.Promise), ((string?)accuracy["key"], (string?)accuracy["quote"]));
        Assert.Equal(FlaggedResponse.Staffing, (string?)team["quote"]);
        Assert.All(flags, flag => Assert.Null(flag!["dismissal"]));
        Assert.Equal(HttpStatusCode.Created, dismissed.StatusCode);
        var shown = after.Single(flag => (string?)flag!["key"] == (string?)accuracy["key"])!["dismissal"]!;
        Assert.Equal(("They meant a target to reach in the pilot.", "Noah Evaluator"), ((string?)shown["reason"], (string?)shown["dismissedBy"]));
        var entry = Assert.Single(log["items"]!.AsArray())!;
        Assert.Equal(("create", "red-flag-dismissal", "Noah Evaluator"), ((string?)entry["action"], (string?)entry["objectType"], (string?)entry["actorName"]));
        Assert.Equal(flags.Count - 1, (int)evaluation["responses"]![0]!["activeRedFlags"]!);
    }

    [Fact]
    public async Task Dismissing_twice_is_a_409_an_unknown_flag_a_422_and_no_reason_a_400()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (brief, response) = await FlaggedResponseAsync(evaluator);
        var key = (string)(await FlagsAsync(evaluator, brief, response))[0]!["key"]!;

        using var first = await DismissAsync(evaluator, brief, response, key, "Discussed in the call.");
        using var second = await DismissAsync(evaluator, brief, response, key, "Again.");
        using var unknown = await DismissAsync(evaluator, brief, response, "guaranteed-accuracy:no-such-question", "Why not.");
        using var noReason = await DismissAsync(evaluator, brief, response, "undisclosed-team:team-members", " ");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Single(await FlagsAsync(evaluator, brief, response), flag => flag!["dismissal"] is not null);
    }

    private Task<(Guid Brief, string Response)> FlaggedResponseAsync(HttpClient client) => FlaggedResponse.CreateAsync(fixture, client, "Flagged");

    private static async Task<JsonArray> FlagsAsync(HttpClient client, Guid brief, string response) =>
        (await client.GetFromJsonAsync<JsonArray>(new Uri($"/api/vendors/briefs/{brief}/responses/{response}/red-flags", UriKind.Relative)))!;

    private static Task<HttpResponseMessage> DismissAsync(HttpClient client, Guid brief, string response, string flagKey, string reason) =>
        client.PostAsJsonAsync(new Uri($"/api/vendors/briefs/{brief}/responses/{response}/red-flags/dismissals", UriKind.Relative), new { flagKey, reason });
}

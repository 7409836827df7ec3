using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Events;
using OutsourcingPortal.Integration.Tests.Reminders;
using StackExchange.Redis;
using static OutsourcingPortal.Integration.Tests.Briefs.ScoringClient;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>Awarding a brief over HTTP: once, to a submitted response, with one VendorAwarded event, and the brief closed for everyone, on their home pages too.</summary>
[Collection(AppCollection.Name)]
public sealed class AwardTests(AppFixture fixture)
{
    [Fact]
    public async Task A_brief_is_awarded_once_with_exactly_one_event_and_the_other_invitee_sees_it_closed_and_lost()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var winner = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        using var loser = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        var (brief, responses) = await ReviewedBrief.CreateAsync(fixture, evaluator, "Awarded once", Principal.InvitedVendor, Principal.IdleVendor);
        await ScoreAndSubmitAsync(evaluator, brief, responses[0], 5);

        using var awarded = await AwardAsync(evaluator, brief, responses[0], "Strongest pilot, a named team.");
        using var again = await AwardAsync(evaluator, brief, responses[1]);
        using var scoredAfter = await SaveAsync(evaluator, brief, responses[1], AllScored(3));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.App.GetConnectionString("cache"));
        await Eventually.TrueAsync(async () => (await AwardEvents.OfBriefAsync(redis, brief)).Count > 0, TimeSpan.FromSeconds(30),
            "No VendorAwarded event reached the stream.");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var body = (await awarded.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, awarded.StatusCode);
        Assert.Equal(("awarded", responses[0], "Strongest pilot, a named team."),
            ((string?)body["status"], (string?)body["award"]!["responseId"], (string?)body["award"]!["rationale"]));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, scoredAfter.StatusCode);
        var entry = Assert.Single(await AwardEvents.OfBriefAsync(redis, brief));
        var data = JsonNode.Parse((string)entry["data"]!)!;
        Assert.Equal("VendorAwarded", (string?)entry["type"]);
        Assert.Equal((responses[0], "NeuralWorks", 100m), ((string?)data["responseId"], (string?)data["vendorName"], (decimal?)data["weightedTotal"]));
        Assert.Equal(("awarded", false), await InvitationAsync(loser, brief));
        Assert.Equal(("awarded", true), await InvitationAsync(winner, brief));
        Assert.False(await WonByClosedNoticeAsync(Principal.IdleVendor, brief));
        Assert.True(await WonByClosedNoticeAsync(Principal.InvitedVendor, brief));
    }

    [Fact]
    public async Task Only_a_submitted_response_of_the_brief_wins_and_a_rationale_is_required()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (brief, responses) = await ReviewedBrief.CreateAsync(fixture, evaluator, "Award refused", Principal.InvitedVendor);
        var (other, others) = await ReviewedBrief.CreateAsync(fixture, evaluator, "Award elsewhere", Principal.InvitedVendor);

        using var foreignResponse = await AwardAsync(evaluator, brief, others[0]);
        using var noRationale = await AwardAsync(evaluator, brief, responses[0], "");
        var read = (await evaluator.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreignResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noRationale.StatusCode);
        Assert.Equal(("open", null), ((string?)read["status"], read["award"]));
        Assert.NotEqual(brief, other);
    }

    /// <summary>Whether the notice on the vendor's home page that the brief is closed, awarded just now, says it won.</summary>
    private async Task<bool> WonByClosedNoticeAsync(Principal vendor, string brief)
    {
        var closed = Assert.Single((await RemindersClient.ReadAsync(fixture, vendor)).Closed, notice => notice.BriefId.ToString() == brief);
        Assert.InRange(closed.DaysAgo, 0, 1); // 1 only when the award and the read straddle midnight (UTC)
        return closed.Won;
    }

    private static async Task<(string?, bool?)> InvitationAsync(HttpClient vendor, string brief)
    {
        var page = (await vendor.GetFromJsonAsync<JsonObject>(new Uri("/api/vendors/invitations?pageSize=200", UriKind.Relative)))!;
        var invitation = page["items"]!.AsArray().Single(item => (string?)item!["briefId"] == brief)!;
        var read = (await vendor.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{invitation["id"]}", UriKind.Relative)))!;
        return ((string?)read["briefStatus"], (bool?)read["won"]);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using static OutsourcingPortal.Integration.Tests.Briefs.ScoringClient;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>Evaluators scoring submitted responses over HTTP: independently, once, against the brief's criteria.</summary>
[Collection(AppCollection.Name)]
public sealed class ScorecardTests(AppFixture fixture)
{
    [Fact]
    public async Task Two_evaluators_score_independently_and_see_each_others_scores_only_once_they_submitted_their_own()
    {
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var executive = await fixture.Principals.ClientAsync(Principal.TenantAExecutive);
        var (brief, responses) = await ReviewedBrief.CreateAsync(fixture, evaluator, "Scored independently", Principal.InvitedVendor);
        var response = responses[0];
        using var adminDraft = await SaveAsync(admin, brief, response, AllScored(4));
        using var evaluatorDraft = await SaveAsync(evaluator, brief, response, AllScored(2), comment: "Thin on data.");

        var adminWhileDrafting = await ScorecardsAsync(admin, brief, response);
        var evaluationWhileDrafting = await EvaluationAsync(admin, brief);
        using var adminSubmit = await SubmitAsync(admin, brief, response, adminDraft.Headers.ETag);
        var evaluatorBeforeSubmitting = await ScorecardsAsync(evaluator, brief, response);
        var executiveMidway = await ScorecardsAsync(executive, brief, response);
        using var evaluatorSubmit = await SubmitAsync(evaluator, brief, response, evaluatorDraft.Headers.ETag);
        var evaluatorAfter = await ScorecardsAsync(evaluator, brief, response);
        var executiveAfter = await ScorecardsAsync(executive, brief, response);

        Assert.Equal((1, true), (adminWhileDrafting["items"]!.AsArray().Count, (bool)adminWhileDrafting["othersHidden"]!));
        var hidden = Assert.Single(evaluationWhileDrafting["responses"]!.AsArray())!;
        Assert.Equal((true, null, 0), ((bool)hidden["hidden"]!, (decimal?)hidden["weightedTotal"], hidden["criteria"]!.AsArray().Count));
        Assert.Equal(HttpStatusCode.OK, adminSubmit.StatusCode);
        Assert.Equal("Noah Evaluator", (string?)Assert.Single(evaluatorBeforeSubmitting["items"]!.AsArray())!["evaluatorName"]);
        Assert.True((bool)evaluatorBeforeSubmitting["othersHidden"]!);
        Assert.Equal(("Nadia Admin", "submitted"), ((string?)Assert.Single(executiveMidway["items"]!.AsArray())!["evaluatorName"],
            (string?)executiveMidway["items"]![0]!["status"]));
        Assert.Equal(HttpStatusCode.OK, evaluatorSubmit.StatusCode);
        Assert.Equal(2, evaluatorAfter["items"]!.AsArray().Count);
        Assert.Equal(2, executiveAfter["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_evaluation_ranks_responses_by_weighted_total_and_shows_the_spread_between_evaluators()
    {
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (brief, responses) = await ReviewedBrief.CreateAsync(fixture, evaluator, "Ranked", Principal.InvitedVendor, Principal.IdleVendor);
        await ScoreAndSubmitAsync(admin, brief, responses[0], 4);
        await ScoreAndSubmitAsync(evaluator, brief, responses[0], 2);
        await ScoreAndSubmitAsync(admin, brief, responses[1], 5);

        var evaluation = await EvaluationAsync(evaluator, brief);

        var ranked = evaluation["responses"]!.AsArray();
        Assert.Equal([responses[1], responses[0]], ranked.Select(item => (string)item!["responseId"]!));
        Assert.Equal((1, 100m, 1), ((int)ranked[0]!["rank"]!, (decimal)ranked[0]!["weightedTotal"]!, (int)ranked[0]!["evaluatorCount"]!));
        Assert.Equal((2, 50m, 2), ((int)ranked[1]!["rank"]!, (decimal)ranked[1]!["weightedTotal"]!, (int)ranked[1]!["evaluatorCount"]!));
        var price = ranked[1]!["criteria"]!.AsArray().Single(criterion => (string?)criterion!["criterionId"] == "price")!;
        Assert.Equal((3m, 2), ((decimal)price["mean"]!, (int)price["spread"]!));
        Assert.Equal(12, evaluation["criteria"]!.AsArray().Count);
    }

    public static TheoryData<string, string> BadScores => new()
    {
        { """{"no-such-criterion":3}""", "no-such-criterion" },
        { """{"price":6}""", "price" },
        { """{"price":0}""", "price" },
    };

    [Theory]
    [MemberData(nameof(BadScores))]
    public async Task A_score_outside_the_briefs_criteria_or_range_is_a_400_naming_the_criterion_and_nothing_is_saved(string scores, string criterion)
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (brief, responses) = await ReviewedBrief.CreateAsync(fixture, evaluator, "Bad scores", Principal.InvitedVendor);

        using var saved = await SaveAsync(evaluator, brief, responses[0], JsonNode.Parse(scores)!.AsObject());
        var problem = (await saved.Content.ReadFromJsonAsync<JsonObject>())!;
        using var read = await evaluator.GetAsync(Scorecard(brief, responses[0]));

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.True(problem["errors"]?[criterion] is not null, problem.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task A_submitted_scorecard_is_final_and_scoring_it_again_is_a_409()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (brief, responses) = await ReviewedBrief.CreateAsync(fixture, evaluator, "Scored twice", Principal.InvitedVendor);
        await ScoreAndSubmitAsync(evaluator, brief, responses[0], 3);
        using var read = await evaluator.GetAsync(Scorecard(brief, responses[0]));

        using var edit = await SaveAsync(evaluator, brief, responses[0], AllScored(5), read.Headers.ETag);
        using var again = await SubmitAsync(evaluator, brief, responses[0], read.Headers.ETag);
        var stored = (await evaluator.GetFromJsonAsync<JsonObject>(Scorecard(brief, responses[0])))!;

        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Already scored.", (string?)(await edit.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
        Assert.Equal(3, (int)stored["scores"]!["price"]!);
    }

    [Fact]
    public async Task Submitting_with_criteria_unscored_is_a_422_naming_them_and_a_later_save_needs_the_etag()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (brief, responses) = await ReviewedBrief.CreateAsync(fixture, evaluator, "Half scored", Principal.InvitedVendor);
        using var saved = await SaveAsync(evaluator, brief, responses[0], new JsonObject { ["price"] = 4 });

        using var submit = await SubmitAsync(evaluator, brief, responses[0], saved.Headers.ETag);
        var problem = (await submit.Content.ReadFromJsonAsync<JsonObject>())!;
        using var withoutEtag = await SaveAsync(evaluator, brief, responses[0], AllScored(4));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Equal(Criteria.Where(criterion => criterion != "price").Order(StringComparer.Ordinal),
            problem["errors"]!.AsObject().Select(error => error.Key).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutEtag.StatusCode);
    }

    [Fact]
    public async Task A_response_that_is_not_submitted_cannot_be_scored()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var brief = (Guid)(await BriefClient.CreateAsync(evaluator, "Not submitted yet"))["id"]!;
        var invitation = await BriefClient.InviteAsync(evaluator, brief, DemoDirectory.NeuralWorks);
        (await BriefClient.IssueAsync(evaluator, brief)).EnsureSuccessStatusCode();
        using var draft = await BriefClient.SaveAsync(vendor, invitation, new JsonObject { ["problem-restatement"] = "Thinking." });
        var response = (string)(await draft.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        using var saved = await SaveAsync(evaluator, brief, response, AllScored(3));

        Assert.Equal(HttpStatusCode.NotFound, saved.StatusCode);
    }

    private static async Task<JsonObject> ScorecardsAsync(HttpClient client, string brief, string response) =>
        (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}/responses/{response}/scorecards", UriKind.Relative)))!;

    private static async Task<JsonObject> EvaluationAsync(HttpClient client, string brief) =>
        (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}/evaluation", UriKind.Relative)))!;
}

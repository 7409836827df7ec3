using System.Net;
using Microsoft.Playwright;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Briefs;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>
/// Scoring one response in the portal: an evaluator reviews its red flags, scores it on their own, and only then reads
/// the other evaluators' scorecards; an executive reads flags and scorecards without any way to change them.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ScoringJourneyTests(AppFixture fixture) : BrowserTest(fixture)
{
    // The demo brief being evaluated and Atlas Analytics' risky response to it, scored by two panel evaluators.
    private const string TriageBrief = "0193a000-0000-7000-8003-000000000003";
    private const string RiskyResponse = "0193a000-0000-7000-8004-000000000002";

    private const string Reason = "They meant a target to reach in the pilot, not a promise.";

    [Fact]
    public async Task An_evaluator_dismisses_a_red_flag_scores_on_their_own_and_then_reads_the_other_evaluators_scorecards()
    {
        using var api = await Fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (brief, response) = await FlaggedResponse.CreateAsync(Fixture, api, "Scored in the browser");
        await ScoreAsAdminAsync(brief, response);
        var page = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        await page.OpenAsync(Gateway, $"/briefs/{brief}/responses/{response}");

        var accuracy = page.Locator($"[data-testid=red-flag][data-flag-key='{FlaggedResponse.AccuracyFlag}']");
        await Assertions.Expect(accuracy.Locator("blockquote[data-testid=red-flag-quote]")).ToHaveTextAsync(FlaggedResponse.Promise);
        await Assertions.Expect(page.Locator("[data-testid=red-flag-quote]", new() { HasText = FlaggedResponse.Staffing })).ToBeVisibleAsync();
        await accuracy.Locator("[data-testid=red-flag-dismiss]").ClickAsync();
        await accuracy.Locator("[data-testid=red-flag-dismiss-submit]").ClickAsync();
        await Assertions.Expect(accuracy.Locator(".validation-message")).ToHaveTextAsync("Say why the flag does not count.");
        await Assertions.Expect(accuracy).ToHaveAttributeAsync("data-dismissed", "false");
        await accuracy.Locator("[data-testid=red-flag-reason]").FillAsync(Reason);
        await accuracy.Locator("[data-testid=red-flag-dismiss-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=red-flags-notice]")).ToContainTextAsync("is dismissed");
        await Assertions.Expect(accuracy.Locator("[data-testid=red-flag-dismissal]")).ToContainTextAsync("Dismissed by Noah Evaluator on ");
        await Assertions.Expect(accuracy.Locator("[data-testid=red-flag-dismissal]")).ToContainTextAsync(Reason);
        await Assertions.Expect(page.Locator("[data-testid=red-flag]").Last).ToHaveAttributeAsync("data-flag-key", FlaggedResponse.AccuracyFlag);

        await Assertions.Expect(page.Locator("[data-testid=other-scorecards-hidden]")).ToContainTextAsync("until you submit your own");
        await Assertions.Expect(page.Locator("[data-testid=scorecard-status]")).ToContainTextAsync("Not started");
        var price = page.Locator("[data-testid=scorecard-criterion-price]");
        foreach (var criterion in await page.Locator("[data-testid=scorecard-form] fieldset").AllAsync())
        {
            if (await criterion.GetAttributeAsync("data-testid") != "scorecard-criterion-price")
            {
                await ScorecardForm.ChooseAsync(criterion, 4);
            }
        }
        await page.Locator("[data-testid=scorecard-comment-input]").FillAsync("Promising pilot, but ask who will do the work.");
        await page.Locator("[data-testid=scorecard-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=scorecard-status]")).ToContainTextAsync("Draft saved");

        await page.Locator("[data-testid=scorecard-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=scorecard-problem]")).ToContainTextAsync("Not submitted");
        await Assertions.Expect(price.Locator("[data-testid=criterion-error]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=criterion-error]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=scorecard-status]")).ToContainTextAsync("Draft saved");

        await ScorecardForm.ChooseAsync(price, 3);
        await page.Locator("[data-testid=scorecard-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=scorecard-status]")).ToContainTextAsync("Submitted");
        await Assertions.Expect(page.Locator("[data-testid=scorecard-form]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=own-scorecard] [data-testid=score-price]")).ToHaveTextAsync("3 of 5");

        var other = page.Locator("[data-testid=other-scorecard]");
        await Assertions.Expect(other.Locator("[data-testid=other-scorecard-evaluator]")).ToHaveTextAsync(["Nadia Admin"]);
        await Assertions.Expect(other.Locator("[data-testid=score-price]")).ToHaveTextAsync("5 of 5");
        await Assertions.Expect(other.Locator("[data-testid=scorecard-comment]")).ToHaveTextAsync("Strong, if the accuracy promise is a target.");
    }

    [Fact]
    public async Task An_executive_reads_the_red_flags_and_every_submitted_scorecard_but_has_no_form()
    {
        var page = await Browser.SignInAsync(Gateway, "executive@northwind.demo");

        await page.OpenAsync(Gateway, $"/briefs/{TriageBrief}/responses/{RiskyResponse}");

        await Assertions.Expect(page.Locator("[data-testid=response-vendor]")).ToContainTextAsync("Atlas Analytics");
        await Assertions.Expect(page.Locator("[data-testid=red-flag] blockquote[data-testid=red-flag-quote]")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=red-flag-origin]", new() { HasText = "Vendor profile" })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=other-scorecard-evaluator]")).ToHaveTextAsync(["Priya Procurement", "Sam Operations"]);
        await Assertions.Expect(page.Locator("[data-testid=own-scorecard], [data-testid=scorecard-form], [data-testid=red-flag-dismiss]")).ToHaveCountAsync(0);
    }

    /// <summary>The org admin scores every criterion 5 and submits, before the evaluator opens the response.</summary>
    private async Task ScoreAsAdminAsync(Guid brief, string response)
    {
        using var admin = await Fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        using var saved = await ScoringClient.SaveAsync(admin, brief, response, ScoringClient.AllScored(5), comment: "Strong, if the accuracy promise is a target.");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var submitted = await ScoringClient.SubmitAsync(admin, brief, response, saved.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
    }
}

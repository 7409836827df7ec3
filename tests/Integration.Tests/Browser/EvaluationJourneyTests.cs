using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Briefs;
using OutsourcingPortal.Integration.Tests.Events;
using StackExchange.Redis;
using static OutsourcingPortal.Integration.Tests.Briefs.ScoringClient;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>The evaluation page: the ranking, the side-by-side comparison with its chart, the red flags, and the award.</summary>
[Collection(AppCollection.Name)]
public sealed class EvaluationJourneyTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_evaluator_reads_the_ranking_compares_the_shortlist_and_awards_with_a_rationale()
    {
        using var evaluator = await Fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var admin = await Fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        var (brief, responses) = await ReviewedBrief.CreateAsync(Fixture, evaluator, "Compared in the browser", Principal.InvitedVendor, Principal.IdleVendor);
        // QuickAI: 4 and 5, a mean of 4.5 (87.5); NeuralWorks: 2 and 3, a mean of 2.5 (37.5).
        foreach (var (scorer, neuralWorks, quickAi) in new[] { (evaluator, 2, 4), (admin, 3, 5) })
        {
            await ScoreAndSubmitAsync(scorer, brief, responses[0], neuralWorks);
            await ScoreAndSubmitAsync(scorer, brief, responses[1], quickAi);
        }
        foreach (var response in responses)
        {
            (await evaluator.PostAsync(new Uri($"/api/vendors/briefs/{brief}/responses/{response}/shortlist", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }

        var page = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        await page.OpenAsync(Gateway, $"/briefs/{brief}");
        await page.Locator("[data-testid=evaluation-link]").ClickAsync();
        // The first chart a portal process draws loads ScottPlot and its font first.
        await page.Locator("[data-testid=evaluation-ranking]").WaitForAsync(new() { Timeout = 30_000 });

        await Assertions.Expect(page.Locator("[data-testid=evaluation-vendor]")).ToHaveTextAsync(["QuickAI", "NeuralWorks"]);
        await Assertions.Expect(page.Locator("[data-testid=evaluation-rank]")).ToHaveTextAsync(["1", "2"]);
        await Assertions.Expect(page.Locator("[data-testid=evaluation-total]")).ToHaveTextAsync(["87.5", "37.5"]);
        await Assertions.Expect(page.Locator("[data-testid=comparison-scope]")).ToHaveTextAsync("The shortlisted responses.");
        await Assertions.Expect(page.Locator("[data-testid=comparison-grid] thead")).ToContainTextAsync("QuickAI");
        await Assertions.Expect(page.Locator("[data-testid=comparison-grid] tbody tr").First)
            .ToContainTextAsync("4.50 scores 4–5, spread 1 · 7.3 pts");
        var chart = page.Locator("[data-testid=comparison-chart]");
        await Assertions.Expect(chart.Locator("caption")).ToContainTextAsync("Weighted points per criterion");
        Assert.True(await chart.Locator("img").EvaluateAsync<bool>("image => image.complete && image.naturalWidth > 0"), "The comparison chart did not draw.");
        // Which flags these demo vendors raise depends on their profiles, which other tests edit; BriefJourneyTests checks flags by quote.
        await Assertions.Expect(page.Locator("[data-testid=evaluation-red-flags] > h3")).ToHaveTextAsync(["QuickAI", "NeuralWorks"]);

        await page.Locator("[data-testid=award-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=award-form] .validation-message")).ToHaveTextAsync(["Choose the response that wins.", "Say why this response wins."]);
        await page.Locator("[data-testid=award-response]").SelectOptionAsync(new SelectOptionValue { Label = "QuickAI (rank 1, 87.5)" });
        await page.Locator("[data-testid=award-rationale]").FillAsync("Highest score from both evaluators and a concrete pilot.");
        await page.Locator("[data-testid=award-rationale]").DispatchEventAsync("change");
        await page.Locator("[data-testid=award-submit]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=evaluation-notice]")).ToContainTextAsync("awarded to QuickAI");
        await Assertions.Expect(page.Locator("[data-testid=evaluation-award]")).ToContainTextAsync("Highest score from both evaluators");
        await Assertions.Expect(page.Locator("[data-testid=award-form]")).ToHaveCountAsync(0);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Fixture.App.GetConnectionString("cache"));
        await Eventually.TrueAsync(async () => (await AwardEvents.OfBriefAsync(redis, brief)).Count == 1, TimeSpan.FromSeconds(30),
            "The award's VendorAwarded event did not reach the stream.");
        var data = JsonNode.Parse((string)(await AwardEvents.OfBriefAsync(redis, brief)).Single()["data"]!)!;
        Assert.Equal((responses[1], "QuickAI"), ((string?)data["responseId"], (string?)data["vendorName"]));
    }

    [Fact]
    public async Task A_response_the_evaluator_is_still_scoring_shows_no_standing_to_them()
    {
        using var evaluator = await Fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var admin = await Fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        var (brief, responses) = await ReviewedBrief.CreateAsync(Fixture, evaluator, "Scored independently", Principal.InvitedVendor);
        await ScoreAndSubmitAsync(admin, brief, responses[0], 5);
        (await SaveAsync(evaluator, brief, responses[0], AllScored(1))).EnsureSuccessStatusCode();

        var page = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        await page.OpenAsync(Gateway, $"/briefs/{brief}/evaluation");

        await Assertions.Expect(page.Locator("[data-testid=evaluation-total]")).ToHaveTextAsync("Hidden until you submit your scorecard");
        await Assertions.Expect(page.Locator("[data-testid=comparison-empty]")).ToBeVisibleAsync();
    }
}

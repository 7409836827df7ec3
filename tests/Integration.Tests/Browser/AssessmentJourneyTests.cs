using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Assessment;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>The assessment as people use it in the portal: an evaluator answers it step by step; others read the memo.</summary>
[Collection(AppCollection.Name)]
public sealed class AssessmentJourneyTests(AppFixture fixture) : BrowserTest(fixture)
{
    private const string NorthwindInvoiceTriageAssessment = "0193a000-0000-7000-8004-000000000001";
    private const string ContosoSupportAssistantAssessment = "0193a000-0000-7000-8004-000000000101";

    // A supporting capability, no ML staff, a fixed deadline: the articles' clear case for outsourcing.
    private static readonly HashSet<string> AnsweredNo =
    [
        "strategy.off-the-shelf", "sensitivity.external-access-restricted", "team.ml-talent", "team.capacity",
        "team.build-capability", "skills.covered", "skills.permanent", "delivery.tight-iteration", "delivery.ongoing",
        "operations.partner-runs-it",
    ];

    private static readonly Dictionary<string, string> Chosen = new()
    {
        ["strategy.role"] = "important-not-differentiating",
        ["sensitivity.level"] = "internal",
        ["delivery.project-size"] = "medium",
    };

    [Fact]
    public async Task An_evaluator_describes_an_initiative_answers_the_assessment_step_by_step_and_reads_the_memo()
    {
        var page = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        var name = $"Help centre bot {Guid.NewGuid():N}"[..24];

        await page.OpenAsync(Gateway, "/assessment");
        await page.Locator("[data-testid=new-initiative-panel] summary").ClickAsync();
        await page.Locator("[data-testid=initiative-name-input]").FillAsync(name);
        await page.Locator("[data-testid=initiative-use-case-input]").FillAsync("Answer customer questions from the help centre articles");
        await page.Locator("[data-testid=initiative-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=initiative-name]")).ToHaveTextAsync(name);
        await page.Locator("[data-testid=assessment-start]").ClickAsync();
        await page.Locator("[data-testid=assessment-wizard]").WaitForAsync();

        await page.Locator("[data-testid=wizard-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=wizard-notice]")).ToContainTextAsync("Draft saved");
        for (var step = 1; ; step++)
        {
            await Assertions.Expect(page.Locator("[data-testid=wizard-progress]")).ToContainTextAsync($"Step {step} of");
            foreach (var question in await page.Locator("fieldset.question").AllAsync())
            {
                await AnswerAsync(question);
            }
            if (await page.Locator("[data-testid=wizard-complete]").CountAsync() > 0)
            {
                await page.Locator("[data-testid=wizard-complete]").ClickAsync();
                break;
            }
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
        }

        await Assertions.Expect(page.Locator("[data-testid=memo-recommendation]")).ToHaveTextAsync("Outsource, with a project-based engagement.");
        await Assertions.Expect(page.Locator("[data-testid=memo-reasons] li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=memo-plan] li")).Not.ToHaveCountAsync(0);
        var chart = page.Locator("[data-testid=memo-cost-chart]");
        await Assertions.Expect(chart).ToContainTextAsync("weeks");
        await Assertions.Expect(chart.GetByRole(AriaRole.Img, new() { Name = "First-year cost" })).ToBeVisibleAsync();
        Assert.True(await chart.Locator("img").EvaluateAllAsync<bool>("images => images.length === 2 && images.every(image => image.complete && image.naturalWidth > 0)"),
            "The cost chart's images did not draw.");
    }

    [Fact]
    public async Task An_executive_reads_a_completed_assessment_as_a_memo_and_finds_no_other_organizations()
    {
        var page = await Browser.SignInAsync(Gateway, "executive@northwind.demo");

        await page.OpenAsync(Gateway, $"/assessment/assessments/{NorthwindInvoiceTriageAssessment}");
        await Assertions.Expect(page.Locator("[data-testid=memo-recommendation]")).ToContainTextAsync("Outsource");
        await Assertions.Expect(page.Locator("[data-testid=memo-split]")).ToContainTextAsync("Problem definition");

        await page.OpenAsync(Gateway, $"/assessment/assessments/{ContosoSupportAssistantAssessment}");
        await Assertions.Expect(page.Locator("[data-testid=not-found]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Two_assessments_of_an_initiative_are_compared_side_by_side_from_the_memo()
    {
        using var api = await Fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var initiative = await AssessmentClient.CreateInitiativeAsync(api, "Compared twice");
        var vague = new JsonObject { ["usecase.problem"] = 1, ["usecase.metric"] = 1, ["usecase.workflow"] = false };
        var before = await CompletedAsync(api, initiative, vague);
        var after = await CompletedAsync(api, initiative, []);
        var page = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");

        await page.OpenAsync(Gateway, $"/assessment/assessments/{after}");
        await page.Locator("[data-testid=compare-with]").SelectOptionAsync(before.ToString());
        await page.Locator("[data-testid=compare-open]").ClickAsync();

        var comparison = page.Locator("[data-testid=comparison]");
        await Assertions.Expect(comparison).ToContainTextAsync("Recommendation");
        await Assertions.Expect(comparison).ToContainTextAsync("Discovery first");
        await Assertions.Expect(comparison).ToContainTextAsync("How narrowly is the problem defined?");
    }

    [Fact]
    public async Task An_evaluator_edits_an_initiatives_details_and_archives_it()
    {
        using var api = await Fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var initiative = await AssessmentClient.CreateInitiativeAsync(api, $"Edited {Guid.NewGuid():N}"[..16]);
        var page = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        await page.OpenAsync(Gateway, $"/assessment/initiatives/{initiative}");

        await page.Locator("[data-testid=initiative-edit-panel] summary").ClickAsync();
        await page.Locator("[data-testid=edit-owner]").FillAsync("Customer operations");
        await page.Locator("[data-testid=edit-metric]").FillAsync("First reply within two hours");
        await page.Locator("[data-testid=edit-budget]").FillAsync("80000");
        await page.Locator("[data-testid=edit-save]").ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Customer operations");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("$80,000");

        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-testid=initiative-edit-panel] summary").ClickAsync();
        await page.Locator("[data-testid=edit-archive]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=initiative-status]")).ToHaveTextAsync("Archived");
    }

    [Fact]
    public async Task An_org_admin_saves_the_rubric_as_a_new_version_after_an_out_of_range_figure_is_marked()
    {
        var page = await Browser.SignInAsync(Gateway, "admin@contoso.demo");
        await page.OpenAsync(Gateway, "/assessment/rubric");
        var readyScore = page.Locator("[data-testid='rubric-readiness.readyScore']");
        var notice = page.Locator("[data-testid=rubric-notice]");

        await readyScore.FillAsync("250");
        await readyScore.DispatchEventAsync("change");
        await page.Locator("[data-testid=rubric-save]").ClickAsync();
        await Assertions.Expect(notice).ToContainTextAsync("out of range");

        await readyScore.FillAsync("75");
        await readyScore.DispatchEventAsync("change");
        await page.Locator("[data-testid=rubric-save]").ClickAsync();
        await Assertions.Expect(notice).ToContainTextAsync("Saved as version");
        await Assertions.Expect(readyScore).ToHaveValueAsync("75");
    }

    private static async Task<Guid> CompletedAsync(HttpClient api, Guid initiative, JsonObject overrides)
    {
        var assessment = await AssessmentClient.StartAsync(api, initiative);
        (await AssessmentClient.AnswerAsync(api, assessment, await AssessmentClient.CompleteAnswersAsync(api, overrides))).EnsureSuccessStatusCode();
        (await AssessmentClient.CompleteAsync(api, assessment)).EnsureSuccessStatusCode();
        return assessment;
    }

    private static async Task AnswerAsync(ILocator question)
    {
        var id = (await question.GetAttributeAsync("data-testid"))!["question-".Length..];
        switch (await question.GetAttributeAsync("data-kind"))
        {
            case "scale":
                // Settled requirements; every other scale clear enough.
                await question.Locator(id == "delivery.requirement-uncertainty" ? "input[value='2']" : "input[value='4']").CheckAsync();
                break;
            case "yes-no":
                await question.Locator(AnsweredNo.Contains(id) ? "input[value='no']" : "input[value='yes']").CheckAsync();
                break;
            case "single-choice":
                var select = question.Locator("select");
                await (Chosen.TryGetValue(id, out var option) ? select.SelectOptionAsync(option) : select.SelectOptionAsync(new SelectOptionValue { Index = 1 }));
                break;
            case "multiple-choice":
                await question.Locator("input[value='']").CheckAsync();
                break;
            case "number":
                await question.Locator("input").FillAsync("18");
                await question.Locator("input").DispatchEventAsync("change");
                break;
            default:
                await question.Locator("textarea").FillAsync("A help-centre assistant for customer questions.");
                await question.Locator("textarea").DispatchEventAsync("change");
                break;
        }
    }
}

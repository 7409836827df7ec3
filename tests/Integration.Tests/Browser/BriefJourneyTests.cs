using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Briefs;
using OutsourcingPortal.Integration.Tests.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>Briefs as people use them in the portal: a client writes and issues one, vendors answer it (with files), evaluators score, the client awards.</summary>
[Collection(AppCollection.Name)]
public sealed partial class BriefJourneyTests(AppFixture fixture) : BrowserTest(fixture)
{
    private const string AssessedInitiative = "Invoice triage";

    private static readonly string[] InvitedVendors = ["NeuralWorks", "QuickAI", "DataForge"];

    // domain.md §2 red flags: accuracy promised before seeing the data, a team not yet named.
    private static readonly Dictionary<string, string> RedFlagAnswers = new()
    {
        ["quality-after-deployment"] = "We guarantee 95% accuracy before seeing your data.",
        ["team-members"] = "The team will be assigned after signing.",
    };

    [Fact]
    public async Task An_org_admin_briefs_three_vendors_two_answer_two_evaluators_score_and_the_award_is_recorded_and_published()
    {
        var title = $"Invoice triage RFP {Guid.NewGuid():N}"[..26];
        var client = await Browser.SignInAsync(Gateway, "admin@northwind.demo");

        await OpenNewBriefFormAsync(client);
        await client.Locator("[data-testid=brief-initiative-input]").SelectOptionAsync(new SelectOptionValue { Label = AssessedInitiative });
        await Assertions.Expect(client.Locator("[data-testid=brief-title-input]")).ToHaveValueAsync(AssessedInitiative);
        await client.Locator("[data-testid=brief-title-input]").FillAsync(title);
        await client.Locator("[data-testid=brief-create]").ClickAsync();
        await Assertions.Expect(client.Locator("[data-testid=brief-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(client.Locator("[data-testid=brief-status]")).ToContainTextAsync("Draft");
        await Assertions.Expect(client.Locator("[data-testid=brief-use-case]")).ToContainTextAsync("supplier invoices");

        foreach (var vendor in InvitedVendors)
        {
            await client.Locator("[data-testid=invite-vendor-input]").SelectOptionAsync(new SelectOptionValue { Label = vendor });
            await client.Locator("[data-testid=invite-vendor-submit]").ClickAsync();
            await Assertions.Expect(client.Locator("[data-testid=brief-notice]")).ToContainTextAsync($"{vendor} is invited");
        }
        await Assertions.Expect(client.Locator("[data-testid=brief-warning]")).ToHaveCountAsync(0);
        await Assertions.Expect(client.Locator("[data-testid=brief-issue]")).ToHaveTextAsync("Issue to 3 vendors");
        await client.Locator("[data-testid=brief-issue]").ClickAsync();
        await Assertions.Expect(client.Locator("[data-testid=brief-status]")).ToHaveTextAsync("Open for answers");
        var briefPath = new Uri(client.Url).AbsolutePath;
        var neuralWorksInvitation = await InvitationIdAsync(client, "NeuralWorks");
        var quickAiInvitation = await InvitationIdAsync(client, "QuickAI");

        await AnswerAndSubmitAsync("team@neuralworks.demo", neuralWorksInvitation,
            id => RedFlagAnswers.GetValueOrDefault(id, $"NeuralWorks on {id}: we start from your invoices and measure on them."));
        await AnswerAndSubmitAsync("team@quickai.demo", quickAiInvitation, id => $"QuickAI on {id}: a two-week pilot on last quarter's invoices.");

        await client.OpenAsync(Gateway, briefPath);
        var responses = client.Locator("[data-testid=response-link]");
        await Assertions.Expect(responses).ToHaveTextAsync(["NeuralWorks", "QuickAI"]);
        await responses.First.ClickAsync();
        await Assertions.Expect(client.Locator("[data-testid=response-vendor]")).ToContainTextAsync("NeuralWorks");
        await Assertions.Expect(client.Locator("[data-testid=answer-quality-after-deployment]")).ToHaveTextAsync(RedFlagAnswers["quality-after-deployment"]);

        // Two evaluators score each response on their own: the admin low for NeuralWorks, the evaluator a point higher.
        var evaluator = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        foreach (var (page, neuralWorks, quickAi) in new[] { (client, 2, 4), (evaluator, 3, 5) })
        {
            await ScoreResponseAsync(page, briefPath, "NeuralWorks", neuralWorks);
            await ScoreResponseAsync(page, briefPath, "QuickAI", quickAi);
        }

        await evaluator.OpenAsync(Gateway, $"{briefPath}/evaluation");
        await Assertions.Expect(evaluator.Locator("[data-testid=evaluation-vendor]")).ToHaveTextAsync(["QuickAI", "NeuralWorks"], new() { Timeout = 30_000 });
        await Assertions.Expect(evaluator.Locator("[data-testid=evaluation-total]")).ToHaveTextAsync(["87.5", "37.5"]);
        var neuralWorksFlags = evaluator.Locator("[data-testid=evaluation-red-flags]", new() { HasText = "NeuralWorks" });
        await Assertions.Expect(neuralWorksFlags.Locator("[data-testid=red-flag-quote]"))
            .ToContainTextAsync([RedFlagAnswers["quality-after-deployment"], RedFlagAnswers["team-members"]]);
        await evaluator.Locator("[data-testid=award-response]").SelectOptionAsync(new SelectOptionValue { Label = "QuickAI (rank 1, 87.5)" });
        await evaluator.Locator("[data-testid=award-rationale]").FillAsync("Both evaluators ranked its pilot first; no red flags.");
        await evaluator.Locator("[data-testid=award-rationale]").DispatchEventAsync("change");
        await evaluator.Locator("[data-testid=award-submit]").ClickAsync();

        await Assertions.Expect(evaluator.Locator("[data-testid=evaluation-award]")).ToContainTextAsync("Awarded to QuickAI");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Fixture.App.GetConnectionString("cache"));
        await Eventually.TrueAsync(async () => (await AwardEvents.OfBriefAsync(redis, briefPath.Split('/')[^1])).Count == 1, TimeSpan.FromSeconds(30),
            "The award's VendorAwarded event did not reach the stream.");
        var data = JsonNode.Parse((string)(await AwardEvents.OfBriefAsync(redis, briefPath.Split('/')[^1])).Single()["data"]!)!;
        Assert.Equal(("QuickAI", 87.5m), ((string?)data["vendorName"], (decimal?)data["weightedTotal"]));

        var loser = await Browser.SignInAsync(Gateway, "team@neuralworks.demo");
        var notice = loser.Locator("[data-testid=reminder]", new() { HasText = title });
        await Assertions.Expect(notice.Locator("[data-testid=reminder-when]")).ToHaveTextAsync(ClosedJustNow());
    }

    [Fact]
    public async Task A_vendor_submitting_with_required_questions_unanswered_sees_them_marked_and_nothing_submitted()
    {
        var invitation = await IssuedBriefForNeuralWorksAsync("Half answered in the browser");
        var vendor = await Browser.SignInAsync(Gateway, "team@neuralworks.demo");
        await vendor.OpenAsync(Gateway, $"/invitations/{invitation}");

        await AnswerAsync(vendor.Locator("[data-testid=question-problem-restatement] textarea"), "Route invoices to the right approver.");
        await vendor.Locator("[data-testid=response-submit]").ClickAsync();
        await vendor.Locator("[data-testid=response-submit-confirm]").ClickAsync();

        await Assertions.Expect(vendor.Locator("[data-testid=response-notice]")).ToContainTextAsync("Not submitted");
        await Assertions.Expect(vendor.Locator("[data-testid=question-shipped-project] [data-testid=question-error]")).ToBeVisibleAsync();
        await Assertions.Expect(vendor.Locator("[data-testid=question-problem-restatement] [data-testid=question-error]")).ToHaveCountAsync(0);
        await Assertions.Expect(vendor.Locator("[data-testid=invitation-response-status]")).ToHaveTextAsync("Draft saved");
    }

    [Fact]
    public async Task An_executive_reads_a_brief_and_its_criteria_without_any_way_to_change_it()
    {
        using var api = await Fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var brief = (Guid)(await BriefClient.CreateAsync(api, "Read by the executive"))["id"]!;
        var executive = await Browser.SignInAsync(Gateway, "executive@northwind.demo");

        await executive.OpenAsync(Gateway, $"/briefs/{brief}");

        await Assertions.Expect(executive.Locator("[data-testid=brief-title]")).ToHaveTextAsync("Read by the executive");
        await Assertions.Expect(executive.Locator("[data-testid=brief-criteria] tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(executive.Locator("[data-testid=brief-warning]")).ToContainTextAsync("No vendor is invited yet");
        await Assertions.Expect(executive.Locator("[data-testid=brief-edit-panel], [data-testid=brief-issue], [data-testid=invite-vendor]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_vendor_asks_a_clarification_the_client_answers_it_and_the_vendor_reads_the_answer()
    {
        var invitation = await IssuedBriefForNeuralWorksAsync("Clarified in the browser");
        var vendor = await Browser.SignInAsync(Gateway, "team@neuralworks.demo");
        await vendor.OpenAsync(Gateway, $"/invitations/{invitation}");
        await vendor.Locator("[data-testid=clarification-question-input]").FillAsync("How many invoices arrive per month?");
        await vendor.Locator("[data-testid=clarification-ask]").ClickAsync();
        await Assertions.Expect(vendor.Locator("[data-testid=clarification-notice]")).ToContainTextAsync("Your question is sent");

        var client = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        await client.OpenAsync(Gateway, $"/briefs/{await BriefOfAsync(invitation)}");
        var question = client.Locator("[data-testid=brief-clarifications] tr", new() { HasText = "How many invoices arrive per month?" });
        await Assertions.Expect(question).ToContainTextAsync("NeuralWorks");
        await question.Locator("[data-testid=clarification-answer-input]").FillAsync("About 12,000, half of them scanned.");
        await question.Locator("[data-testid=clarification-answer-submit]").ClickAsync();
        await Assertions.Expect(client.Locator("[data-testid=brief-notice]")).ToContainTextAsync("The clarification is answered");

        await vendor.OpenAsync(Gateway, $"/invitations/{invitation}");
        await Assertions.Expect(vendor.Locator("[data-testid=invitation-clarifications]")).ToContainTextAsync("About 12,000, half of them scanned.");
    }

    [Fact]
    public async Task An_evaluator_shortlists_a_submitted_response_from_its_page()
    {
        var invitation = await IssuedBriefForNeuralWorksAsync("Shortlisted in the browser");
        using (var neuralWorks = await Fixture.Principals.ClientAsync(Principal.InvitedVendor))
        {
            await BriefClient.AnswerAndSubmitAsync(neuralWorks, invitation);
        }
        var client = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        await client.OpenAsync(Gateway, $"/briefs/{await BriefOfAsync(invitation)}");

        await client.Locator("[data-testid=response-link]").ClickAsync();
        await Assertions.Expect(client.Locator("[data-testid=shortlist-status]")).ToHaveTextAsync("Not shortlisted");
        await client.Locator("[data-testid=shortlist-toggle]").ClickAsync();

        await Assertions.Expect(client.Locator("[data-testid=response-notice]")).ToContainTextAsync("NeuralWorks is shortlisted");
        await Assertions.Expect(client.Locator("[data-testid=shortlist-status]")).ToHaveTextAsync("★ Shortlisted");
    }

    [Fact]
    public async Task A_vendor_attaches_files_to_an_answer_removes_the_wrong_one_and_the_client_downloads_the_other_once_submitted()
    {
        var invitation = await IssuedBriefForNeuralWorksAsync("Attachments in the browser");
        var cvs = Encoding.UTF8.GetBytes($"Team CVs {Guid.NewGuid():N}\n");
        var vendor = await Browser.SignInAsync(Gateway, "team@neuralworks.demo");
        await vendor.OpenAsync(Gateway, $"/invitations/{invitation}");
        var question = vendor.Locator("[data-testid=question-team-members]");

        await question.Locator("[data-testid=attachment-file]").SetInputFilesAsync(
            new FilePayload { Name = "wrong.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("Not this one.\n") });
        await Assertions.Expect(question.Locator("[data-testid=attachment-link]")).ToHaveTextAsync(["wrong.txt"]);
        await Assertions.Expect(vendor.Locator("[data-testid=invitation-response-status]")).ToHaveTextAsync("Draft saved");
        await question.Locator("[data-testid=attachment-file]").SetInputFilesAsync(
            new FilePayload { Name = "tool.exe", MimeType = "application/octet-stream", Buffer = VendorRegistry.RawUploads.Executable });
        await Assertions.Expect(question.Locator("[data-testid=attachment-problem]")).ToContainTextAsync("tool.exe was not added");
        await question.Locator("[data-testid=attachment-file]").SetInputFilesAsync(
            new FilePayload { Name = "cvs.txt", MimeType = "text/plain", Buffer = cvs });
        await Assertions.Expect(question.Locator("[data-testid=attachment-link]")).ToHaveTextAsync(["wrong.txt", "cvs.txt"]);
        await question.GetByRole(AriaRole.Button, new() { Name = "Remove wrong.txt" }).ClickAsync();
        await Assertions.Expect(question.Locator("[data-testid=attachment-link]")).ToHaveTextAsync(["cvs.txt"]);

        using (var neuralWorks = await Fixture.Principals.ClientAsync(Principal.InvitedVendor))
        {
            await BriefClient.AnswerAndSubmitAsync(neuralWorks, invitation);
        }
        await vendor.OpenAsync(Gateway, $"/invitations/{invitation}");
        await Assertions.Expect(vendor.Locator("[data-testid=attachments-team-members] [data-testid=attachment-link]")).ToHaveTextAsync(["cvs.txt"]);
        await Assertions.Expect(vendor.Locator("[data-testid=attachment-remove], [data-testid=attachment-file]")).ToHaveCountAsync(0);

        var client = await Browser.SignInAsync(Gateway, "evaluator@northwind.demo");
        await client.OpenAsync(Gateway, $"/briefs/{await BriefOfAsync(invitation)}");
        await client.Locator("[data-testid=response-link]").ClickAsync();
        var link = client.Locator("[data-testid=attachments-team-members] [data-testid=attachment-link]");
        await Assertions.Expect(link).ToHaveTextAsync(["cvs.txt"]);
        var download = await client.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("cvs.txt", download.SuggestedFilename);
        Assert.Equal(cvs, await File.ReadAllBytesAsync(await download.PathAsync()));
    }

    /// <summary>
    /// The vendor registry learns assessed initiatives from events shortly after the services start: the form is
    /// opened again until the demo initiative is among its choices.
    /// </summary>
    private async Task OpenNewBriefFormAsync(IPage page)
    {
        var option = page.Locator("[data-testid=brief-initiative-input] option", new() { HasText = AssessedInitiative });
        var giveUp = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await page.OpenAsync(Gateway, "/briefs");
            await page.Locator("[data-testid=new-brief-panel] summary").ClickAsync();
            await page.Locator("[data-testid=brief-create]").WaitForAsync();
        }
        while (await option.CountAsync() == 0 && DateTime.UtcNow < giveUp);
        await Assertions.Expect(option.First).ToBeAttachedAsync();
    }

    private async Task ScoreResponseAsync(IPage page, string briefPath, string vendor, int score)
    {
        await page.OpenAsync(Gateway, briefPath);
        await page.Locator("[data-testid=response-link]", new() { HasText = vendor }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=response-vendor]")).ToContainTextAsync(vendor);
        await ScorecardForm.ScoreAndSubmitAsync(page, score);
    }

    private async Task AnswerAndSubmitAsync(string email, string invitation, Func<string, string> answer)
    {
        var vendor = await Browser.SignInAsync(Gateway, email);
        await vendor.OpenAsync(Gateway, $"/invitations/{invitation}");
        await Assertions.Expect(vendor.Locator("[data-testid=invitation-brief-status]")).ToHaveTextAsync("Open for answers");
        // AllAsync does not wait: the questions load after the brief.
        await vendor.Locator("[data-testid=response-sheet]").WaitForAsync();

        foreach (var question in await vendor.Locator("[data-testid=response-sheet] [data-required]").AllAsync())
        {
            var id = (await question.GetAttributeAsync("data-testid"))!["question-".Length..];
            await AnswerAsync(question.Locator("textarea"), answer(id));
        }
        await vendor.Locator("[data-testid=response-save]").ClickAsync();
        await Assertions.Expect(vendor.Locator("[data-testid=response-notice]")).ToContainTextAsync("Draft saved");
        await vendor.Locator("[data-testid=response-submit]").ClickAsync();
        await vendor.Locator("[data-testid=response-submit-confirm]").ClickAsync();

        await Assertions.Expect(vendor.Locator("[data-testid=response-final]")).ToContainTextAsync("Submitted");
        await Assertions.Expect(vendor.Locator("[data-testid=invitation-response-status]")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(vendor.Locator("[data-testid=response-sheet]")).ToHaveCountAsync(0);
        await vendor.Context.CloseAsync();
    }

    private async Task<Guid> IssuedBriefForNeuralWorksAsync(string title)
    {
        using var api = await Fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var brief = (Guid)(await BriefClient.CreateAsync(api, title))["id"]!;
        var invitation = await BriefClient.InviteAsync(api, brief, DemoDirectory.NeuralWorks);
        (await BriefClient.IssueAsync(api, brief)).EnsureSuccessStatusCode();
        return invitation;
    }

    private async Task<Guid> BriefOfAsync(Guid invitation)
    {
        using var vendor = await Fixture.Principals.ClientAsync(Principal.InvitedVendor);
        return (Guid)(await vendor.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{invitation}", UriKind.Relative)))!["briefId"]!;
    }

    private static async Task<string> InvitationIdAsync(IPage page, string vendor) =>
        (await page.Locator($"[data-testid=invited-{vendor}]").GetAttributeAsync("data-invitation-id"))!;

    private static async Task AnswerAsync(ILocator textarea, string text)
    {
        await textarea.FillAsync(text);
        await textarea.DispatchEventAsync("change");
    }

    // Yesterday only when the award and the home page straddle midnight (UTC).
    [GeneratedRegex("^closed (today|yesterday): awarded to another vendor$")]
    private static partial Regex ClosedJustNow();
}

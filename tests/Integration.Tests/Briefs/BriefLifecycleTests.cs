using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using static OutsourcingPortal.Integration.Tests.Briefs.BriefClient;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>A brief's life over HTTP: drafted, issued to every invitee at once, its deadline extended, edits refused once issued.</summary>
[Collection(AppCollection.Name)]
public sealed class BriefLifecycleTests(AppFixture fixture)
{
    private static readonly string[] Hipaa = ["hipaa"];

    [Fact]
    public async Task A_draft_is_invisible_to_its_invitees_until_issued_and_then_every_invitee_reads_the_same_brief()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var neuralWorks = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        using var quickAi = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        var brief = (Guid)(await CreateAsync(client, "Issued together"))["id"]!;
        var first = await InviteAsync(client, brief, DemoDirectory.NeuralWorks);
        var second = await InviteAsync(client, brief, DemoDirectory.QuickAi);

        using var beforeIssue = await neuralWorks.GetAsync(new Uri($"/api/vendors/invitations/{first}", UriKind.Relative));
        using var issued = await IssueAsync(client, brief);
        var issuedBrief = (await issued.Content.ReadFromJsonAsync<JsonObject>())!;
        var readByFirst = (await neuralWorks.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{first}", UriKind.Relative)))!;
        var readBySecond = (await quickAi.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{second}", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.NotFound, beforeIssue.StatusCode);
        Assert.Equal(("open", HttpStatusCode.OK), ((string?)issuedBrief["status"], issued.StatusCode));
        Assert.Single(issuedBrief["warnings"]!.AsArray());
        Assert.Equal((string?)readByFirst["summary"], (string?)readBySecond["summary"]);
        Assert.Equal((string?)readByFirst["deadline"], (string?)readBySecond["deadline"]);
        Assert.Equal("open", (string?)readByFirst["briefStatus"]);
    }

    [Fact]
    public async Task A_brief_without_invitees_cannot_be_issued_and_an_issued_brief_keeps_its_text()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var created = await CreateAsync(client, "Kept text");
        var brief = (Guid)created["id"]!;

        using var empty = await IssueAsync(client, brief);
        await InviteAsync(client, brief, DemoDirectory.NeuralWorks);
        (await IssueAsync(client, brief)).EnsureSuccessStatusCode();
        using var read = await client.GetAsync(new Uri($"/api/vendors/briefs/{brief}", UriKind.Relative));
        using var edit = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/vendors/briefs/{brief}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { title = "Changed", summary = "Changed", deadline = DateTimeOffset.UtcNow.AddDays(40) }),
        };
        edit.Headers.IfMatch.Add(read.Headers.ETag!);
        using var edited = await client.SendAsync(edit);
        using var earlier = await client.PostAsJsonAsync(new Uri($"/api/vendors/briefs/{brief}/deadline", UriKind.Relative),
            new { deadline = DateTimeOffset.UtcNow.AddDays(1) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, edited.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);
        Assert.Equal("Kept text", (string?)(await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}", UriKind.Relative)))!["title"]);
    }

    [Fact]
    public async Task A_draft_takes_edits_with_its_ETag_and_an_invitation_can_be_withdrawn_before_issue()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var brief = (Guid)(await CreateAsync(client, "Draft edits"))["id"]!;
        var invitation = await InviteAsync(client, brief, DemoDirectory.QuickAi);
        using var read = await client.GetAsync(new Uri($"/api/vendors/briefs/{brief}", UriKind.Relative));

        using var edit = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/vendors/briefs/{brief}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { title = "Draft edited", summary = "Now clearer", deadline = DateTimeOffset.UtcNow.AddDays(40), regulations = Hipaa }),
        };
        edit.Headers.IfMatch.Add(read.Headers.ETag!);
        using var edited = await client.SendAsync(edit);
        using var withdrawn = await client.DeleteAsync(new Uri($"/api/vendors/briefs/{brief}/invitations/{invitation}", UriKind.Relative));
        var after = (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(("Draft edited", "hipaa", 0), ((string?)after["title"], (string?)after["regulations"]![0], (int)after["invitedVendors"]!));
    }

    [Fact]
    public async Task A_brief_written_from_an_assessed_initiative_carries_its_use_case_regulations_and_engagement_model()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var initiative = await Assessment.AssessmentClient.CreateInitiativeAsync(client, "Briefed initiative");
        var assessment = await Assessment.AssessmentClient.StartAsync(client, initiative);
        var outsourced = Assessment.AssessmentClient.ReadyWithoutMlStaff();
        outsourced["sensitivity.regulations"] = new JsonArray("gdpr");
        var answers = await Assessment.AssessmentClient.CompleteAnswersAsync(client, outsourced);
        (await Assessment.AssessmentClient.AnswerAsync(client, assessment, answers)).EnsureSuccessStatusCode();
        var completed = (await (await Assessment.AssessmentClient.CompleteAsync(client, assessment)).Content.ReadFromJsonAsync<JsonObject>())!;
        await Events.Eventually.TrueAsync(async () =>
            (await client.GetStringAsync(new Uri("/api/vendors/assessed-initiatives?pageSize=200", UriKind.Relative))).Contains(initiative.ToString(), StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "The vendor registry never learned of the completed assessment.");

        var brief = await CreateAsync(client, "From the assessment", new { initiativeId = initiative });
        using var unknown = await client.PostAsJsonAsync(new Uri("/api/vendors/briefs", UriKind.Relative),
            new { title = "No initiative", summary = "Unknown", deadline = DateTimeOffset.UtcNow.AddDays(10), initiativeId = Guid.NewGuid() });

        Assert.Equal(initiative, (Guid)brief["initiativeId"]!);
        Assert.Equal("Assessment test", (string?)brief["useCase"]);
        Assert.Equal(["gdpr"], brief["regulations"]!.AsArray().Select(node => (string?)node));
        Assert.NotNull((string?)completed["result"]!["recommendation"]!["engagementModel"]);
        Assert.Equal((string?)completed["result"]!["recommendation"]!["engagementModel"], (string?)brief["engagementModel"]);
        Assert.NotEmpty(brief["criteria"]!.AsArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
    }
}

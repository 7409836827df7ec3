using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using static OutsourcingPortal.Integration.Tests.Briefs.BriefClient;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>Vendors answering a brief over HTTP: drafts, submission, the deadline, and what the others never see.</summary>
[Collection(AppCollection.Name)]
public sealed class VendorResponseTests(AppFixture fixture)
{
    [Fact]
    public async Task The_client_sees_a_response_only_once_submitted_and_a_submitted_response_is_final()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (brief, invitation) = await IssuedBriefAsync(client, "Seen once submitted", DemoDirectory.NeuralWorks);

        using var draft = await SaveAsync(vendor, invitation, new JsonObject { ["problem-restatement"] = "A first thought." });
        var whileDraft = (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}/responses", UriKind.Relative)))!;
        var submitted = await AnswerAndSubmitAsync(vendor, invitation);
        var afterSubmit = (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}/responses", UriKind.Relative)))!;
        using var read = await vendor.GetAsync(new Uri($"/api/vendors/invitations/{invitation}/response", UriKind.Relative));
        using var edit = await SaveAsync(vendor, invitation, new JsonObject(), read.Headers.ETag);
        var invitationView = (await vendor.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{invitation}", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(0, (int)whileDraft["total"]!);
        Assert.Equal("submitted", (string?)submitted["status"]);
        Assert.Equal((string?)submitted["id"], (string?)Assert.Single(afterSubmit["items"]!.AsArray())!["id"]);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("submitted", (string?)invitationView["responseStatus"]);
    }

    [Fact]
    public async Task Submitting_with_required_questions_unanswered_is_a_422_naming_them_and_nothing_changes()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (_, invitation) = await IssuedBriefAsync(client, "Half answered", DemoDirectory.NeuralWorks);

        using var saved = await SaveAsync(vendor, invitation, new JsonObject { ["problem-restatement"] = "Only this." });
        using var submit = await SubmitAsync(vendor, invitation, saved.Headers.ETag);
        var problem = (await submit.Content.ReadFromJsonAsync<JsonObject>())!;
        var response = (await vendor.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{invitation}/response", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.NotEmpty(problem["errors"]!.AsObject());
        Assert.DoesNotContain("problem-restatement", problem["errors"]!.AsObject().Select(error => error.Key));
        Assert.Equal("draft", (string?)response["status"]);
    }

    [Fact]
    public async Task Answers_after_the_deadline_are_refused_until_the_client_extends_it()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (brief, invitation) = await IssuedBriefAsync(client, "Short deadline", DemoDirectory.NeuralWorks, TimeSpan.FromSeconds(3));
        await Task.Delay(TimeSpan.FromSeconds(4));

        using var late = await SaveAsync(vendor, invitation, new JsonObject { ["problem-restatement"] = "Too late." });
        var closed = (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}", UriKind.Relative)))!;
        using var extended = await client.PostAsJsonAsync(new Uri($"/api/vendors/briefs/{brief}/deadline", UriKind.Relative),
            new { deadline = DateTimeOffset.UtcNow.AddDays(7) });
        using var inTime = await SaveAsync(vendor, invitation, new JsonObject { ["problem-restatement"] = "In time now." });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("evaluating", (string?)closed["status"]);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
    }

    [Fact]
    public async Task A_vendor_never_reads_another_vendors_response_to_the_same_brief()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var neuralWorks = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        using var quickAi = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        var (brief, invitation) = await IssuedBriefAsync(client, "Two vendors", DemoDirectory.NeuralWorks);
        var other = await InviteAsync(client, brief, DemoDirectory.QuickAi);
        var submitted = await AnswerAndSubmitAsync(neuralWorks, invitation, await CompleteAnswersAsync(neuralWorks, id => $"NeuralWorks secret {id}"));

        using var byQuickAi = await quickAi.GetAsync(new Uri($"/api/vendors/invitations/{invitation}/response", UriKind.Relative));
        using var ownEmpty = await quickAi.GetAsync(new Uri($"/api/vendors/invitations/{other}/response", UriKind.Relative));
        using var clientView = await quickAi.GetAsync(new Uri($"/api/vendors/briefs/{brief}/responses/{submitted["id"]}", UriKind.Relative));
        var list = await quickAi.GetStringAsync(new Uri("/api/vendors/invitations?pageSize=200", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, byQuickAi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ownEmpty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clientView.StatusCode);
        Assert.DoesNotContain("NeuralWorks secret", list, StringComparison.Ordinal);
        Assert.DoesNotContain(invitation.ToString(), list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clarification_reaches_every_invitee_once_answered_without_saying_who_asked()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var neuralWorks = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        using var quickAi = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        var (brief, invitation) = await IssuedBriefAsync(client, "Clarified", DemoDirectory.NeuralWorks);
        var other = await InviteAsync(client, brief, DemoDirectory.QuickAi);

        using var asked = await neuralWorks.PostAsJsonAsync(new Uri($"/api/vendors/invitations/{invitation}/clarifications", UriKind.Relative),
            new { question = "How many invoices a month?" });
        var question = (await asked.Content.ReadFromJsonAsync<JsonObject>())!;
        var beforeAnswer = (await quickAi.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{other}/clarifications", UriKind.Relative)))!;
        var clientView = (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}/clarifications", UriKind.Relative)))!;
        (await client.PostAsJsonAsync(new Uri($"/api/vendors/briefs/{brief}/clarifications/{question["id"]}/answer", UriKind.Relative),
            new { answer = "About two thousand." })).EnsureSuccessStatusCode();
        var afterAnswer = (await quickAi.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{other}/clarifications", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal(0, (int)beforeAnswer["total"]!);
        Assert.Equal("NeuralWorks", (string?)Assert.Single(clientView["items"]!.AsArray())!["askedBy"]);
        var shared = Assert.Single(afterAnswer["items"]!.AsArray())!;
        Assert.Equal(("About two thousand.", null, false), ((string?)shared["answer"], (string?)shared["askedBy"], (bool)shared["askedByYou"]!));
    }

    public static TheoryData<string, string> BadAnswers => new()
    {
        { """{"questionnaireVersion":1,"answers":{"no-such-question":"x"}}""", "no-such-question" },
        { $$$"""{"questionnaireVersion":1,"answers":{"problem-restatement":"{{{new string('x', 10_001)}}}"}}""", "problem-restatement" },
        { """{"questionnaireVersion":7,"answers":{"problem-restatement":"x"}}""", "questionnaireVersion" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task A_bad_answer_sheet_is_a_400_naming_the_question_and_nothing_is_saved(string body, string field)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (_, invitation) = await IssuedBriefAsync(client, "Bad answers", DemoDirectory.NeuralWorks);

        using var response = await vendor.PutAsync(new Uri($"/api/vendors/invitations/{invitation}/response", UriKind.Relative),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        using var read = await vendor.GetAsync(new Uri($"/api/vendors/invitations/{invitation}/response", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    private static async Task<(Guid Brief, Guid Invitation)> IssuedBriefAsync(HttpClient client, string title, Guid vendor, TimeSpan? deadline = null)
    {
        var brief = (Guid)(await CreateAsync(client, title, deadline is null ? null : new { deadline = DateTimeOffset.UtcNow.Add(deadline.Value) }))["id"]!;
        var invitation = await InviteAsync(client, brief, vendor);
        (await IssueAsync(client, brief)).EnsureSuccessStatusCode();
        return (brief, invitation);
    }
}

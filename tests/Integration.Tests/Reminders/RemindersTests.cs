using System.Net;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Briefs;
using static OutsourcingPortal.Integration.Tests.Reminders.RemindersClient;
using static OutsourcingPortal.Integration.Tests.VendorRegistry.VendorsClient;

namespace OutsourcingPortal.Integration.Tests.Reminders;

/// <summary>Reminders follow what happens: a brief issued with a near deadline, a response submitted, a certificate renewed.</summary>
[Collection(AppCollection.Name)]
public sealed class RemindersTests(AppFixture fixture)
{
    private static readonly string[] Gdpr = ["gdpr"];

    [Fact]
    public async Task A_brief_due_in_three_days_reminds_its_client_and_its_invitees_until_each_submits()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var quickAi = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        var title = $"Reminded brief {Guid.NewGuid():N}";
        var brief = (Guid)(await BriefClient.CreateAsync(evaluator, title, new { deadline = DateTimeOffset.UtcNow.AddDays(3) }))["id"]!;
        await BriefClient.InviteAsync(evaluator, brief, DemoDirectory.NeuralWorks);
        var invitation = await BriefClient.InviteAsync(evaluator, brief, DemoDirectory.QuickAi);

        var draft = Assert.Single((await ReadAsync(fixture, Principal.TenantAEvaluator)).Briefs, reminder => reminder.BriefId == brief);
        Assert.DoesNotContain((await ReadAsync(fixture, Principal.InvitedVendor)).Invitations, reminder => reminder.BriefId == brief);
        (await BriefClient.IssueAsync(evaluator, brief)).EnsureSuccessStatusCode();
        await BriefClient.AnswerAndSubmitAsync(quickAi, invitation);

        var client = Assert.Single((await ReadAsync(fixture, Principal.TenantAAdmin)).Briefs, reminder => reminder.BriefId == brief);
        Assert.Equal((BriefStatus.Draft, 2, 0), (draft.Status, draft.InvitedVendors, draft.SubmittedResponses));
        Assert.Equal((BriefStatus.Open, 2, 1, title), (client.Status, client.InvitedVendors, client.SubmittedResponses, client.Title));
        Assert.InRange(client.DaysLeft, 2, 4);
        Assert.Contains((await ReadAsync(fixture, Principal.InvitedVendor)).Invitations, reminder => reminder.BriefId == brief);
        Assert.DoesNotContain((await ReadAsync(fixture, Principal.IdleVendor)).Invitations, reminder => reminder.BriefId == brief);
        Assert.DoesNotContain((await ReadAsync(fixture, Principal.UninvitedVendor)).Invitations, reminder => reminder.BriefId == brief);
        Assert.DoesNotContain((await ReadAsync(fixture, Principal.TenantBAdmin)).Briefs, reminder => reminder.BriefId == brief);
    }

    [Fact]
    public async Task An_invitees_expiring_certificate_reminds_the_client_that_invited_it_until_it_is_renewed()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var vendor = await RegisterAsync(host, $"Reminded vendor {Guid.NewGuid():N}");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expiring = await AddCertificationAsync(host, vendor, new { kind = "iso-27001", issuedOn = today.AddYears(-3), expiresOn = today.AddDays(20) });
        var brief = (Guid)(await BriefClient.CreateAsync(evaluator, $"Certified brief {Guid.NewGuid():N}", new { regulations = Gdpr }))["id"]!;
        await BriefClient.InviteAsync(evaluator, brief, vendor);

        var reminder = Assert.Single((await ReadAsync(fixture, Principal.TenantAEvaluator)).Certifications, reminder => reminder.VendorId == vendor);
        Assert.DoesNotContain((await ReadAsync(fixture, Principal.TenantBAdmin)).Certifications, reminder => reminder.VendorId == vendor);
        await AddCertificationAsync(host, vendor, new { kind = "iso-27001", issuedOn = today, expiresOn = today.AddYears(3) });

        Assert.Equal((expiring, CertificationStatus.ExpiringSoon), (reminder.CertificationId, reminder.Status));
        Assert.Single(reminder.RequiredBy);
        Assert.DoesNotContain((await ReadAsync(fixture, Principal.TenantAEvaluator)).Certifications, reminder => reminder.VendorId == vendor);
    }

    [Fact]
    public async Task The_host_operator_has_no_reminders_to_read()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);

        using var response = await host.GetAsync(new Uri(RemindersClient.Route, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

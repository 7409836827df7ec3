using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Integration.Tests.Access;
using static OutsourcingPortal.Integration.Tests.Reminders.RemindersClient;

namespace OutsourcingPortal.Integration.Tests.Reminders;

/// <summary>
/// The seeded demo's reminders, seen by each kind of person: their own organization's briefs and invitations and the
/// certifications that concern them, nothing of another client's or another vendor's. Other tests add briefs and
/// invitations to the same demo organizations, so these check what must and must not be there, not whole lists.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DemoRemindersTests(AppFixture fixture)
{
    private static readonly Guid Atlas = new("0193a000-0000-7000-8000-000000000104");

    [Fact]
    public async Task A_client_is_reminded_of_its_brief_due_this_week_and_of_an_invitees_expired_certification_its_regulation_requires()
    {
        var contoso = await ReadAsync(fixture, Principal.TenantBAdmin);

        var due = Assert.Single(contoso.Briefs, brief => brief.Title == "Support assistant pilot");
        Assert.Equal((BriefStatus.Open, 2), (due.Status, due.InvitedVendors));
        Assert.InRange(due.DaysLeft, 0, 7);
        var hitrust = Assert.Single(contoso.Certifications, reminder => reminder.VendorId == DemoDirectory.DataForge && reminder.Kind == CertificationKind.Hitrust);
        Assert.Equal((CertificationStatus.Expired, new DateOnly(2026, 9, 30)), (hitrust.Status, hitrust.ExpiresOn));
        Assert.Contains("Support assistant pilot", hitrust.RequiredBy);
        Assert.Empty(contoso.Invitations);
        Assert.DoesNotContain(contoso.Briefs, brief => brief.Title is "Supplier email triage" or "Invoice triage build" or "Warranty claim summaries");
        // Atlas lost Contoso's awarded brief and is on no other of Contoso's: not Contoso's concern.
        Assert.DoesNotContain(contoso.Certifications, reminder => reminder.VendorId == Atlas);
    }

    [Fact]
    public async Task An_evaluator_is_reminded_of_the_brief_awaiting_an_award_and_of_an_invitees_certification_expiring_soon()
    {
        var northwind = await ReadAsync(fixture, Principal.TenantAEvaluator);

        var waiting = Assert.Single(northwind.Briefs, brief => brief.Title == "Supplier email triage");
        Assert.Equal((BriefStatus.Evaluating, 2), (waiting.Status, waiting.SubmittedResponses));
        Assert.True(waiting.DaysLeft < 0);
        var soc2 = Assert.Single(northwind.Certifications, reminder => reminder.VendorId == DemoDirectory.NeuralWorks && reminder.Kind == CertificationKind.Soc2TypeII);
        Assert.Equal(CertificationStatus.ExpiringSoon, soc2.Status);
        Assert.InRange(soc2.DaysLeft, 0, 60);
        // Each of Northwind's demo briefs invites NeuralWorks, and none is awarded; each names only GDPR, which asks for ISO 27001, not SOC 2.
        string[] demoBriefs = ["Invoice triage build", "Contract clause extraction", "Supplier email triage"];
        Assert.Superset(demoBriefs.ToHashSet(), soc2.Briefs.ToHashSet());
        Assert.Empty(soc2.RequiredBy.Intersect(demoBriefs));
        Assert.DoesNotContain(northwind.Briefs, brief => brief.Title is "Support assistant pilot" or "Warranty claim summaries");
        Assert.Empty(northwind.Invitations);
    }

    [Fact]
    public async Task An_executive_is_reminded_of_briefs_only()
    {
        var executive = await ReadAsync(fixture, Principal.TenantAExecutive);

        Assert.Contains(executive.Briefs, brief => brief.Title == "Supplier email triage");
        Assert.Empty(executive.Certifications);
    }

    [Fact]
    public async Task A_vendor_is_reminded_of_its_unanswered_invitation_and_its_own_expired_certification()
    {
        var dataForge = await ReadAsync(fixture, Principal.UninvitedVendor);

        var invitation = Assert.Single(dataForge.Invitations, reminder => reminder.Title == "Support assistant pilot");
        Assert.InRange(invitation.DaysLeft, 0, 7);
        Assert.Null(invitation.ResponseStatus);
        var hitrust = Assert.Single(dataForge.Certifications, reminder => reminder.Kind == CertificationKind.Hitrust);
        Assert.Contains("Support assistant pilot", hitrust.RequiredBy);
        Assert.All(dataForge.Certifications, reminder => Assert.Equal(DemoDirectory.DataForge, reminder.VendorId));
        Assert.Empty(dataForge.Briefs);
    }

    [Fact]
    public async Task Each_vendor_sees_only_its_own_invitations_and_certifications()
    {
        var neuralWorks = await ReadAsync(fixture, Principal.InvitedVendor);
        var quickAi = await ReadAsync(fixture, Principal.IdleVendor);

        Assert.Contains(neuralWorks.Certifications, reminder => reminder.Kind == CertificationKind.Soc2TypeII && reminder.Status == CertificationStatus.ExpiringSoon);
        Assert.All(neuralWorks.Certifications, reminder => Assert.Equal(DemoDirectory.NeuralWorks, reminder.VendorId));
        Assert.DoesNotContain(neuralWorks.Invitations, reminder => reminder.Title == "Support assistant pilot");
        Assert.Contains(quickAi.Invitations, reminder => reminder.Title == "Support assistant pilot");
        Assert.Contains(quickAi.Certifications, reminder => reminder.Name == "Responsible GenAI pledge" && reminder.Status == CertificationStatus.Expired);
        Assert.All(quickAi.Certifications, reminder => Assert.Equal(DemoDirectory.QuickAi, reminder.VendorId));
    }
}

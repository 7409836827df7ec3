using OutsourcingPortal.Contracts.Vendors;
using static OutsourcingPortal.VendorRegistry.Tests.Reminders.Reminding;

namespace OutsourcingPortal.VendorRegistry.Tests.Reminders;

/// <summary>A vendor's reminders: invitations it has yet to submit as their deadline nears, and its own certifications.</summary>
public sealed class VendorReminderTests
{
    [Theory]
    [InlineData(0, null, true)]
    [InlineData(7, null, true)]
    [InlineData(3, ResponseStatus.Draft, true)]
    [InlineData(3, ResponseStatus.Submitted, false)]
    [InlineData(8, null, false)]
    public void An_open_invitation_is_due_within_a_week_of_its_deadline_until_the_response_is_submitted(int days, ResponseStatus? response, bool due)
    {
        var invitation = Invitation(BriefStatus.Open, days, response: response);

        var reminders = ForVendor([invitation]).Invitations;

        Assert.Equal(due ? [(invitation.Id, invitation.BriefId, days, response)] : [],
            reminders.Select(reminder => (reminder.InvitationId, reminder.BriefId, reminder.DaysLeft, reminder.ResponseStatus)));
    }

    [Theory]
    [InlineData(BriefStatus.Evaluating)]
    [InlineData(BriefStatus.Awarded)]
    public void Once_the_deadline_has_passed_there_is_nothing_left_to_remind_a_vendor_of(BriefStatus status)
    {
        Assert.Empty(ForVendor([Invitation(status, -1)]).Invitations);
    }

    [Fact]
    public void Invitations_come_soonest_deadline_first_and_a_vendor_has_no_brief_reminders()
    {
        var reminders = ForVendor([Invitation(BriefStatus.Open, 6, "Later"), Invitation(BriefStatus.Open, 1, "Sooner")]);

        Assert.Equal(["Sooner", "Later"], reminders.Invitations.Select(reminder => reminder.Title));
        Assert.Empty(reminders.Briefs);
    }

    [Fact]
    public void A_vendor_is_reminded_of_its_own_certifications_also_without_any_invitation()
    {
        var own = Certification(CertificationKind.Soc2TypeII, 38);

        var reminder = Assert.Single(ForVendor([], own, Certification(CertificationKind.Iso27001, 5, OtherVendor)).Certifications);

        Assert.Equal((own.Id, 38), (reminder.CertificationId, reminder.DaysLeft));
        Assert.Empty(reminder.Briefs);
    }

    [Fact]
    public void Its_certifications_name_the_briefs_it_is_still_in_the_running_for_or_has_won()
    {
        var reminder = Assert.Single(ForVendor(
            [
                Invitation(BriefStatus.Open, title: "Open", regulations: ["hipaa"]),
                Invitation(BriefStatus.Evaluating, -2, "Evaluating"),
                Invitation(BriefStatus.Awarded, -9, "Won", won: true, regulations: ["financial-services"]),
                Invitation(BriefStatus.Awarded, -9, "Lost", won: false, regulations: ["hipaa"]),
            ],
            Certification(CertificationKind.Soc2TypeII, -4)).Certifications);

        Assert.Equal(["Evaluating", "Open", "Won"], reminder.Briefs);
        Assert.Equal(["Open", "Won"], reminder.RequiredBy);
    }
}

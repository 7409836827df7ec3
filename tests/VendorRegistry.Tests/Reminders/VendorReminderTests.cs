using OutsourcingPortal.Contracts.Vendors;
using static OutsourcingPortal.VendorRegistry.Tests.Reminders.Reminding;

namespace OutsourcingPortal.VendorRegistry.Tests.Reminders;

/// <summary>A vendor's reminders: invitations it has yet to submit as their deadline nears, its own certifications, and briefs lately closed.</summary>
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

    [Theory]
    [InlineData(0, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void An_awarded_brief_stays_on_every_invitees_home_page_for_two_weeks(int daysAgo, bool shown)
    {
        var lost = Invitation(BriefStatus.Awarded, -20, won: false, awardedAt: Noon(-daysAgo));

        var closed = ForVendor([lost]).Closed;

        Assert.Equal(shown ? [(lost.Id, lost.BriefId, daysAgo, false)] : [],
            closed.Select(reminder => (reminder.InvitationId, reminder.BriefId, reminder.DaysAgo, reminder.Won)));
    }

    [Fact]
    public void Closed_briefs_say_whether_the_vendor_won_the_latest_award_first()
    {
        var won = Invitation(BriefStatus.Awarded, -5, "Won", won: true, awardedAt: Noon(-1));
        var lost = Invitation(BriefStatus.Awarded, -5, "Lost", won: false, awardedAt: Noon(-3));

        var closed = ForVendor([lost, Invitation(BriefStatus.Open, 30, "Open"), Invitation(BriefStatus.Evaluating, -2, "Evaluating"), won]).Closed;

        Assert.Equal([("Won", true), ("Lost", false)], closed.Select(reminder => (reminder.Title, reminder.Won)));
    }

    [Fact]
    public void A_client_organization_is_told_of_its_own_awards_on_the_brief_not_here()
    {
        Assert.Empty(ForClient([Brief(BriefStatus.Awarded, -3, winner: Vendor)]).Closed);
    }
}

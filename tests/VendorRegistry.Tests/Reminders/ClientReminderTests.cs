using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Reminders;
using static OutsourcingPortal.VendorRegistry.Tests.Reminders.Reminding;

namespace OutsourcingPortal.VendorRegistry.Tests.Reminders;

/// <summary>A client organization's reminders: its briefs near their deadline or awaiting an award, and its vendors' certifications.</summary>
public sealed class ClientReminderTests
{
    [Theory]
    [InlineData(BriefStatus.Open, 0, true)]
    [InlineData(BriefStatus.Open, 1, true)]
    [InlineData(BriefStatus.Open, 7, true)]
    [InlineData(BriefStatus.Open, 8, false)]
    [InlineData(BriefStatus.Draft, 7, true)]
    [InlineData(BriefStatus.Draft, 8, false)]
    [InlineData(BriefStatus.Draft, -2, true)]
    [InlineData(BriefStatus.Evaluating, -1, true)]
    [InlineData(BriefStatus.Evaluating, -90, true)]
    [InlineData(BriefStatus.Awarded, -1, false)]
    [InlineData(BriefStatus.Awarded, 3, false)]
    public void A_brief_is_due_when_its_deadline_is_a_week_away_or_it_waits_for_an_award(BriefStatus status, int days, bool due)
    {
        var reminders = ForClient([Reminding.Brief(status, days)]).Briefs;

        Assert.Equal(due, reminders.Count == 1);
        Assert.Equal(7, ReminderRules.DeadlineDays);
    }

    [Fact]
    public void Days_are_calendar_days_in_utc_so_a_deadline_early_tomorrow_is_one_day_away()
    {
        var tomorrow = new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
        var inAWeekLate = new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.Zero);

        var reminders = ForClient([Reminding.Brief(BriefStatus.Open, deadline: tomorrow, title: "A"), Reminding.Brief(BriefStatus.Open, deadline: inAWeekLate, title: "B")]).Briefs;

        Assert.Equal([1, 7], reminders.Select(reminder => reminder.DaysLeft));
    }

    [Fact]
    public void A_brief_reminder_says_how_many_invitees_submitted_so_far()
    {
        var brief = Reminding.Brief(BriefStatus.Open, 5, invitees: [Vendor, OtherVendor, Guid.NewGuid()], submitted: 2);

        var reminder = Assert.Single(ForClient([brief]).Briefs);

        Assert.Equal((brief.Brief.Id, BriefStatus.Open, 5, 3, 2), (reminder.BriefId, reminder.Status, reminder.DaysLeft, reminder.InvitedVendors, reminder.SubmittedResponses));
    }

    [Fact]
    public void Briefs_come_soonest_deadline_first_and_a_client_has_no_invitation_reminders()
    {
        var reminders = ForClient([Reminding.Brief(BriefStatus.Open, 6, "Later"), Reminding.Brief(BriefStatus.Evaluating, -3, "Waiting"),
            Reminding.Brief(BriefStatus.Draft, 2, "Draft")]);

        Assert.Equal(["Waiting", "Draft", "Later"], reminders.Briefs.Select(reminder => reminder.Title));
        Assert.Empty(reminders.Invitations);
        Assert.Equal(Today, reminders.Today);
    }

    [Theory]
    [InlineData(BriefStatus.Draft)]
    [InlineData(BriefStatus.Open)]
    [InlineData(BriefStatus.Evaluating)]
    public void The_certifications_of_every_vendor_on_a_brief_not_yet_awarded_are_watched(BriefStatus status)
    {
        var reminder = Assert.Single(ForClient([Reminding.Brief(status, title: "Forecasts")], Certification(CertificationKind.Iso27001, 30)).Certifications);

        Assert.Equal(["Forecasts"], reminder.Briefs);
    }

    [Fact]
    public void Of_an_awarded_brief_only_the_winners_certifications_are_watched()
    {
        var brief = Reminding.Brief(BriefStatus.Awarded, -20, "Claims", invitees: [Vendor, OtherVendor], winner: OtherVendor);

        var reminders = ForClient([brief], Certification(CertificationKind.Iso27001, 30), Certification(CertificationKind.Hitrust, 30, OtherVendor, vendorName: "DataForge"));

        Assert.Equal(["DataForge"], reminders.Certifications.Select(reminder => reminder.VendorName));
    }

    [Fact]
    public void A_vendor_on_none_of_the_briefs_is_not_the_clients_concern()
    {
        Assert.Empty(ForClient([Reminding.Brief(BriefStatus.Open, invitees: [OtherVendor])], Certification(CertificationKind.Iso27001, 10)).Certifications);
        Assert.Empty(ForClient([], Certification(CertificationKind.Iso27001, 10)).Certifications);
    }

    [Fact]
    public void A_vendor_on_several_briefs_is_reminded_of_once_naming_each_brief()
    {
        var reminders = ForClient([Reminding.Brief(BriefStatus.Open, title: "Triage", regulations: ["gdpr"]), Reminding.Brief(BriefStatus.Draft, title: "Clauses")],
            Certification(CertificationKind.Iso27001, 40));

        var reminder = Assert.Single(reminders.Certifications);
        Assert.Equal(["Clauses", "Triage"], reminder.Briefs);
        Assert.Equal(["Triage"], reminder.RequiredBy);
    }
}

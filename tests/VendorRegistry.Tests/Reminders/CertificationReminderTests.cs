using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Reminders;
using static OutsourcingPortal.VendorRegistry.Tests.Reminders.Reminding;

namespace OutsourcingPortal.VendorRegistry.Tests.Reminders;

/// <summary>Which certifications are due for a reminder: expiring within 60 days or expired, until renewed.</summary>
public sealed class CertificationReminderTests
{
    private static IReadOnlyList<CertificationReminder> Due(params RecordedCertification[] certifications) =>
        ForVendor([], certifications).Certifications;

    [Theory]
    [InlineData(61, false)]
    [InlineData(60, true)]
    [InlineData(12, true)]
    [InlineData(0, true)]
    [InlineData(-1, true)]
    [InlineData(-400, true)]
    public void A_certification_is_due_from_60_days_before_its_expiry_and_stays_due_once_expired(int days, bool due)
    {
        Assert.Equal(due, Due(Certification(CertificationKind.Iso27001, days)).Count == 1);
    }

    [Theory]
    [InlineData(60, CertificationStatus.ExpiringSoon)]
    [InlineData(0, CertificationStatus.ExpiringSoon)]
    [InlineData(-1, CertificationStatus.Expired)]
    public void The_reminder_counts_the_days_to_the_expiry_date_which_still_counts_as_valid(int days, CertificationStatus status)
    {
        var certification = Certification(CertificationKind.Soc2TypeII, days);

        var reminder = Assert.Single(Due(certification));

        Assert.Equal((certification.Id, status, days, Today.AddDays(days)), (reminder.CertificationId, reminder.Status, reminder.DaysLeft, reminder.ExpiresOn));
    }

    [Fact]
    public void A_later_certification_of_the_same_kind_is_its_renewal_even_before_it_starts()
    {
        var renewal = Certification(CertificationKind.Iso27001, 1000, issuedDaysAgo: -20);

        Assert.Empty(Due(Certification(CertificationKind.Iso27001, 19), renewal));
        Assert.Empty(Due(Certification(CertificationKind.Iso27001, -5), renewal));
    }

    [Fact]
    public void A_certification_of_another_kind_or_another_vendor_renews_nothing()
    {
        var expiring = Certification(CertificationKind.Iso27001, 10);

        Assert.Single(Due(expiring, Certification(CertificationKind.Soc2TypeII, 900)));
        Assert.Single(ForClient([Reminding.Brief(BriefStatus.Open, invitees: [Vendor, OtherVendor])],
            expiring, Certification(CertificationKind.Iso27001, 900, OtherVendor)).Certifications);
    }

    [Fact]
    public void An_other_certification_is_renewed_only_by_one_of_the_same_name()
    {
        var pledge = Certification(CertificationKind.Other, -30, name: "Responsible GenAI pledge");

        Assert.Empty(Due(pledge, Certification(CertificationKind.Other, 300, name: " responsible genai PLEDGE ")));
        Assert.Single(Due(pledge, Certification(CertificationKind.Other, 300, name: "Data care pledge")));
    }

    [Fact]
    public void An_earlier_certification_of_the_same_kind_does_not_hide_the_later_one()
    {
        var latest = Certification(CertificationKind.Hitrust, 30);

        var reminder = Assert.Single(Due(Certification(CertificationKind.Hitrust, -400), latest));

        Assert.Equal(latest.Id, reminder.CertificationId);
    }

    [Fact]
    public void A_certification_not_yet_valid_is_not_due()
    {
        Assert.Empty(Due(Certification(CertificationKind.FedRamp, 40, issuedDaysAgo: -10)));
    }

    [Fact]
    public void Reminders_come_soonest_expiry_first_then_by_vendor_name()
    {
        var reminders = ForClient([Reminding.Brief(BriefStatus.Open, invitees: [Vendor, OtherVendor])],
            Certification(CertificationKind.Iso27001, 30, vendorName: "NeuralWorks"),
            Certification(CertificationKind.Hitrust, -3, OtherVendor, vendorName: "DataForge"),
            Certification(CertificationKind.Soc2TypeII, 30, OtherVendor, vendorName: "DataForge")).Certifications;

        Assert.Equal([("DataForge", CertificationKind.Hitrust), ("DataForge", CertificationKind.Soc2TypeII), ("NeuralWorks", CertificationKind.Iso27001)],
            reminders.Select(reminder => (reminder.VendorName, reminder.Kind)));
    }

    [Theory]
    [InlineData("hipaa", CertificationKind.Hitrust, true)]
    [InlineData("hipaa", CertificationKind.Soc2TypeII, true)]
    [InlineData("gdpr", CertificationKind.Iso27001, true)]
    [InlineData("gdpr", CertificationKind.Soc2TypeII, false)]
    [InlineData("eu-ai-act", CertificationKind.Iso42001, true)]
    [InlineData("other", CertificationKind.Iso27001, false)]
    [InlineData("not-a-regulation", CertificationKind.Iso27001, false)]
    public void A_certification_the_briefs_regulation_requires_names_that_brief(string regulation, CertificationKind kind, bool required)
    {
        var reminder = Assert.Single(ForClient([Reminding.Brief(BriefStatus.Open, title: "Support assistant", regulations: [regulation])],
            Certification(kind, 20)).Certifications);

        Assert.Equal(["Support assistant"], reminder.Briefs);
        Assert.Equal(required ? ["Support assistant"] : [], reminder.RequiredBy);
    }

    [Fact]
    public void A_certification_of_another_kind_is_required_by_no_regulation()
    {
        var reminder = Assert.Single(ForVendor([Invitation(BriefStatus.Open, regulations: ["gdpr", "hipaa", "ccpa", "us-federal"])],
            Certification(CertificationKind.Other, 20, name: "Cyber Essentials")).Certifications);

        Assert.Empty(reminder.RequiredBy);
    }
}

using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.RedFlags.Certification;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>missing-certification and expired-certification [001][002]: what the brief's regulation requires, valid on the evaluation day.</summary>
public sealed class CertificationTests
{
    private static readonly DateOnly Day = EvaluatedOn;

    private static IReadOnlyList<RedFlag> DetectFor(Regulation regulation, params HeldCertification[] held) =>
        Detect(vendor: new VendorBuilder().WithCertifications(held), regulations: [regulation]);

    public static TheoryData<Regulation, Certification> Satisfying => new()
    {
        { Regulation.Gdpr, Iso27001 },
        { Regulation.Ccpa, Iso27001 },
        { Regulation.Ccpa, Soc2Type2 },
        { Regulation.Hipaa, Hitrust },
        { Regulation.Hipaa, Soc2Type2 },
        { Regulation.PciDss, PciDss },
        { Regulation.FinancialServices, Soc2Type2 },
        { Regulation.UsFederal, Fedramp },
        { Regulation.EuAiAct, Iso42001 },
    };

    [Theory]
    [MemberData(nameof(Satisfying))]
    public void A_valid_required_certification_satisfies_the_regulation(Regulation regulation, Certification certification)
    {
        Assert.Empty(DetectFor(regulation, new HeldCertification(certification, Day.AddYears(1))));
    }

    public static TheoryData<Regulation, Certification> NotSatisfying => new()
    {
        { Regulation.Gdpr, Soc2Type2 },
        { Regulation.Hipaa, Iso27001 },
        { Regulation.FinancialServices, Iso27001 },
        { Regulation.UsFederal, Soc2Type2 },
        { Regulation.EuAiAct, Iso27001 },
        { Regulation.PciDss, Soc2Type2 },
    };

    [Theory]
    [MemberData(nameof(NotSatisfying))]
    public void Another_certification_leaves_the_required_one_missing(Regulation regulation, Certification certification)
    {
        var flag = Assert.Single(DetectFor(regulation, new HeldCertification(certification, Day.AddYears(1))));

        Assert.Equal((RedFlagKind.MissingCertification, RedFlag.Profile), (flag.Kind, flag.QuestionId));
    }

    [Fact]
    public void A_missing_certification_quotes_the_profile_and_names_what_the_regulation_requires()
    {
        var flag = Assert.Single(DetectFor(Regulation.Hipaa, new HeldCertification(Iso27001, new DateOnly(2027, 6, 30))));

        Assert.Equal("Certifications: ISO 27001 (valid until 2027-06-30)", flag.Quote);
        Assert.Equal("HIPAA requires HITRUST or SOC 2 Type II; the vendor's profile lists none of them.", flag.Explanation);
        Assert.Equal("[002]", flag.Source);
    }

    [Fact]
    public void A_vendor_without_certifications_is_quoted_as_having_none()
    {
        Assert.Equal("Certifications: none", Assert.Single(DetectFor(Regulation.Gdpr)).Quote);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void A_certification_still_counts_on_its_expiry_day_and_is_expired_the_day_after(int daysFromEvaluation, bool expired)
    {
        var flags = DetectFor(Regulation.Gdpr, new HeldCertification(Iso27001, Day.AddDays(daysFromEvaluation)));

        Assert.Equal(expired ? [RedFlagKind.ExpiredCertification] : [], flags.Kinds());
    }

    [Fact]
    public void An_expired_certification_names_its_expiry_and_the_evaluation_day()
    {
        var flag = Assert.Single(DetectFor(Regulation.FinancialServices, new HeldCertification(Soc2Type2, new DateOnly(2026, 3, 1))));

        Assert.Equal("Certifications: SOC 2 Type II (valid until 2026-03-01)", flag.Quote);
        Assert.Equal("Financial-services regulation requires SOC 2 Type II; the vendor's SOC 2 Type II expired on 2026-03-01, before the evaluation on 2026-03-02.",
            flag.Explanation);
    }

    [Fact]
    public void One_valid_alternative_is_enough_even_beside_an_expired_one()
    {
        Assert.Empty(DetectFor(Regulation.Hipaa, new HeldCertification(Hitrust, Day.AddDays(-30)), new HeldCertification(Soc2Type2, Day)));
    }

    [Fact]
    public void A_renewed_certification_counts_even_when_the_old_one_is_still_listed()
    {
        Assert.Empty(DetectFor(Regulation.Gdpr, new HeldCertification(Iso27001, Day.AddYears(-2)), new HeldCertification(Iso27001, Day.AddYears(1))));
    }

    [Fact]
    public void Only_expired_alternatives_are_one_expired_flag_naming_the_latest_expiry()
    {
        var flag = Assert.Single(DetectFor(Regulation.Hipaa, new HeldCertification(Hitrust, Day.AddDays(-30)), new HeldCertification(Soc2Type2, Day.AddDays(-1))));

        Assert.Equal(RedFlagKind.ExpiredCertification, flag.Kind);
        Assert.Contains("SOC 2 Type II expired on 2026-03-01", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_regulation_and_no_regulation_require_nothing()
    {
        Assert.Empty(Detect(vendor: new VendorBuilder().WithCertifications(), regulations: [Regulation.Other]));
        Assert.Empty(Detect(vendor: new VendorBuilder().WithCertifications(), regulations: []));
    }

    [Fact]
    public void Each_unmet_regulation_is_its_own_flag_in_regulation_order_and_a_repeated_one_counts_once()
    {
        var flags = Detect(vendor: new VendorBuilder().WithCertifications(new HeldCertification(Hitrust, Day.AddDays(-1))),
            regulations: [Regulation.UsFederal, Regulation.Hipaa, Regulation.Gdpr, Regulation.UsFederal]);

        Assert.Equal([RedFlagKind.MissingCertification, RedFlagKind.MissingCertification, RedFlagKind.ExpiredCertification], flags.Kinds());
        Assert.StartsWith("GDPR", flags[0].Explanation, StringComparison.Ordinal);
        Assert.StartsWith("US federal work", flags[1].Explanation, StringComparison.Ordinal);
        Assert.StartsWith("HIPAA", flags[2].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_regulation_but_other_has_a_requirement_with_a_source()
    {
        var regulations = Enum.GetValues<Regulation>().Where(regulation => regulation != Regulation.Other);

        Assert.All(regulations, regulation =>
        {
            var requirement = CertificationRequirements.For(regulation);
            Assert.NotNull(requirement);
            Assert.NotEmpty(requirement.AnyOf);
            Assert.Matches(@"^(\[\d{3}\])+$", requirement.Source);
        });
        Assert.Null(CertificationRequirements.For(Regulation.Other));
    }
}

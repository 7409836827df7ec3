using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>The ids endpoints will write: enums in kebab-case, as every service's JSON options spell them.</summary>
public sealed class WireNameTests
{
    private static readonly JsonSerializerOptions Wire = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

    private static IEnumerable<string> Names<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => JsonSerializer.Serialize(value, Wire).Trim('"'));

    [Fact]
    public void Red_flag_kinds_travel_as_kebab_case_ids()
    {
        Assert.Equal(
        [
            "guaranteed-accuracy", "undisclosed-team", "no-production-history", "rigid-fixed-price", "broad-vendor-ip",
            "no-data-retention-policy", "model-before-data", "missing-certification", "expired-certification",
        ], Names<RedFlagKind>());
    }

    [Fact]
    public void Regulations_travel_as_kebab_case_ids_the_first_four_as_the_assessment_spells_them()
    {
        Assert.Equal(["gdpr", "ccpa", "hipaa", "pci-dss", "financial-services", "us-federal", "eu-ai-act", "other"], Names<Regulation>());
    }

    [Fact]
    public void Certifications_travel_as_kebab_case_ids()
    {
        Assert.Equal(["iso27001", "soc2-type2", "hitrust", "fedramp", "pci-dss", "iso42001"], Names<Certification>());
    }

    [Fact]
    public void Brief_areas_travel_as_kebab_case_ids()
    {
        Assert.Equal(
        [
            "problem-definition", "delivery-experience", "data-security", "evaluation-and-testing", "engineering-breadth", "ownership",
            "pilot-structure", "technical-due-diligence", "process-and-team", "security", "intellectual-property", "pricing", "pilot-proposal",
        ], Names<BriefArea>());
    }
}

using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Components.Pages.Vendors;

/// <summary>
/// The "Our profile" form: every field of a vendor's profile, lists as choices or rows, time zones as one line of text,
/// the rate card one row per seniority. The API checks the same rules again (and more, such as real time zones).
/// </summary>
public sealed class VendorProfileInput
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [Url, StringLength(400)]
    public string? Website { get; set; }

    public List<VendorCapability> Capabilities { get; set; } = [];

    public List<Vertical> Verticals { get; set; } = [];

    public List<DeliveryRegion> Regions { get; set; } = [];

    /// <summary>IANA time zones, separated by commas.</summary>
    [StringLength(1000)]
    public string? TimeZones { get; set; }

    public List<RateCardInput> RateCard { get; set; } = [];

    public List<EngagementModel> EngagementModels { get; set; } = [];

    [Range(0, 100_000)]
    public int? ModelsInProduction { get; set; }

    [StringLength(4000)]
    public string? TrackRecord { get; set; }

    public List<TeamMemberInput> TeamMembers { get; set; } = [];

    [Range(typeof(decimal), "0", "100")]
    public decimal? RetentionPercent { get; set; }

    public bool EncryptionInTransit { get; set; }

    public bool EncryptionAtRest { get; set; }

    public bool AccessControlAndAuditLogs { get; set; }

    [StringLength(500)]
    public string? DataResidency { get; set; }

    public bool Gdpr { get; set; }

    public bool Ccpa { get; set; }

    public bool Hipaa { get; set; }

    [StringLength(4000)]
    public string? AiAssistantUsage { get; set; }

    public static VendorProfileInput From(VendorResponse vendor) => new()
    {
        Name = vendor.Name,
        Website = vendor.Website,
        Capabilities = [.. vendor.Capabilities],
        Verticals = [.. vendor.Verticals],
        Regions = [.. vendor.Regions],
        TimeZones = string.Join(", ", vendor.TimeZones),
        RateCard = [.. Enum.GetValues<Seniority>().Select(seniority =>
            vendor.RateCard.FirstOrDefault(entry => entry.Seniority == seniority) is { } entry
                ? new RateCardInput { Seniority = seniority, HourlyRate = entry.HourlyRate, Currency = entry.Currency }
                : new RateCardInput { Seniority = seniority })],
        EngagementModels = [.. vendor.EngagementModels],
        ModelsInProduction = vendor.ModelsInProduction,
        TrackRecord = vendor.TrackRecord,
        TeamMembers = [.. vendor.TeamMembers.Select(member =>
            new TeamMemberInput { Name = member.Name, Role = member.Role, YearsWithVendor = member.YearsWithVendor })],
        RetentionPercent = vendor.RetentionPercent,
        EncryptionInTransit = vendor.Security.EncryptionInTransit,
        EncryptionAtRest = vendor.Security.EncryptionAtRest,
        AccessControlAndAuditLogs = vendor.Security.AccessControlAndAuditLogs,
        DataResidency = vendor.Security.DataResidency,
        Gdpr = vendor.Security.Gdpr,
        Ccpa = vendor.Security.Ccpa,
        Hipaa = vendor.Security.Hipaa,
        AiAssistantUsage = vendor.AiAssistantUsage,
    };

    /// <summary>The profile as the form has it; id and dates stay those of <paramref name="current"/>.</summary>
    public VendorResponse ApplyTo(VendorResponse current) => current with
    {
        Name = Name,
        Website = Website,
        Capabilities = Capabilities,
        Verticals = Verticals,
        Regions = Regions,
        TimeZones = (TimeZones ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        RateCard = [.. RateCard.Where(line => line.HourlyRate is not null)
            .Select(line => new RateCardEntry(line.Seniority, line.HourlyRate!.Value, line.Currency.Trim().ToUpperInvariant()))],
        EngagementModels = EngagementModels,
        ModelsInProduction = ModelsInProduction,
        TrackRecord = TrackRecord,
        TeamMembers = [.. TeamMembers.Select(member => new TeamMember(member.Name, member.Role, member.YearsWithVendor))],
        RetentionPercent = RetentionPercent,
        Security = new SecurityPractices(EncryptionInTransit, EncryptionAtRest, AccessControlAndAuditLogs, DataResidency, Gdpr, Ccpa, Hipaa),
        AiAssistantUsage = AiAssistantUsage,
    };
}

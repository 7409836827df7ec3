using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

/// <summary>
/// A vendor's whole profile as its people (or the host operator) write it with <c>PUT /vendors/{id}</c>, which
/// replaces it; the same fields as <see cref="VendorResponse"/>, so what was read can be sent back. Absent lists are
/// empty, repeated values count once, texts are trimmed and blanks are absent. CSV imports are checked by the same rules.
/// </summary>
public sealed record VendorProfileRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Url, StringLength(400)] string? Website = null,
    [MaxLength(20)] IReadOnlyList<VendorCapability>? Capabilities = null,
    [MaxLength(20)] IReadOnlyList<Vertical>? Verticals = null,
    [MaxLength(20)] IReadOnlyList<DeliveryRegion>? Regions = null,
    [MaxLength(20)] IReadOnlyList<string>? TimeZones = null,
    [MaxLength(5)] IReadOnlyList<RateCardEntry>? RateCard = null,
    [MaxLength(10)] IReadOnlyList<EngagementModel>? EngagementModels = null,
    [Range(0, 100_000)] int? ModelsInProduction = null,
    [StringLength(4000)] string? TrackRecord = null,
    [MaxLength(50)] IReadOnlyList<TeamMember>? TeamMembers = null,
    [Range(typeof(decimal), "0", "100")] decimal? RetentionPercent = null,
    SecurityPractices? Security = null,
    [StringLength(4000)] string? AiAssistantUsage = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var zone in TimeZones ?? [])
        {
            if (!IsIanaTimeZone(zone.Trim()))
            {
                yield return new ValidationResult($"'{zone}' is not an IANA time zone such as Europe/Warsaw.", [nameof(TimeZones)]);
            }
        }
        if ((RateCard ?? []).GroupBy(entry => entry.Seniority).Any(group => group.Count() > 1))
        {
            yield return new ValidationResult("Each seniority has one rate.", [nameof(RateCard)]);
        }
    }

    /// <summary>The profile as written here; the id and creation time stay those of <paramref name="current"/>.</summary>
    public VendorResponse ApplyTo(VendorResponse current, DateTimeOffset now) => current with
    {
        Name = Name.Trim(),
        Website = Optional(Website),
        Capabilities = Distinct(Capabilities),
        Verticals = Distinct(Verticals),
        Regions = Distinct(Regions),
        TimeZones = Distinct(TimeZones?.Select(zone => zone.Trim()).ToList()),
        RateCard = [.. (RateCard ?? []).OrderBy(entry => entry.Seniority)],
        EngagementModels = Distinct(EngagementModels),
        ModelsInProduction = ModelsInProduction,
        TrackRecord = Optional(TrackRecord),
        TeamMembers = [.. (TeamMembers ?? []).Select(member => member with { Name = member.Name.Trim(), Role = member.Role.Trim() })],
        RetentionPercent = RetentionPercent,
        Security = (Security ?? SecurityPractices.None) with { DataResidency = Optional(Security?.DataResidency) },
        AiAssistantUsage = Optional(AiAssistantUsage),
        UpdatedAt = now,
    };

    /// <summary>A vendor registered with this profile.</summary>
    public VendorResponse ToNewVendor(Guid id, DateTimeOffset now) => ApplyTo(Blank(id, "", now), now);

    /// <summary>A registered vendor whose profile is still to be written.</summary>
    public static VendorResponse Blank(Guid id, string name, DateTimeOffset now) =>
        new(id, name, null, [], [], [], [], [], [], null, null, [], null, SecurityPractices.None, null, now, now);

    private static bool IsIanaTimeZone(string zone) =>
        zone == "UTC" || (zone.Contains('/', StringComparison.Ordinal)
            && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId);

    private static List<T> Distinct<T>(IReadOnlyList<T>? values) => [.. (values ?? []).Distinct()];

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// What red-flag detection reads from the vendor profile: how many of its models still run in production (null when
/// the profile does not say), its track-record text, the team members it names, and its certifications.
/// </summary>
public sealed record VendorFacts(
    int? ProductionModelCount,
    string? TrackRecord,
    IReadOnlyList<string> NamedTeamMembers,
    IReadOnlyList<HeldCertification> Certifications);

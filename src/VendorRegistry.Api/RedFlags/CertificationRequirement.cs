namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>A regulation's certification requirement: any one of <see cref="AnyOf"/>, valid on the evaluation day, meets it.</summary>
public sealed record CertificationRequirement(Regulation Regulation, IReadOnlyList<Certification> AnyOf, string Source);

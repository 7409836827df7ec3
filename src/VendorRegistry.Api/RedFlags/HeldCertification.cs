namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>A certification in the vendor's profile and the last day it is valid (it still counts on that day).</summary>
public sealed record HeldCertification(Certification Certification, DateOnly ExpiresOn);

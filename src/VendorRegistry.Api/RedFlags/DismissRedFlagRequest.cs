using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>Which flag of the response to dismiss (its key) and why; the reason is kept with it and in the audit log.</summary>
public sealed record DismissRedFlagRequest([Required, MaxLength(200)] string? FlagKey, [Required, MaxLength(2_000)] string? Reason);

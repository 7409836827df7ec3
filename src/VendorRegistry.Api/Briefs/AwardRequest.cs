using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>The submitted response that wins the brief, and why: the rationale is kept with the award and sent with the event.</summary>
public sealed record AwardRequest([Required] Guid? ResponseId, [Required, MaxLength(4_000)] string? Rationale);

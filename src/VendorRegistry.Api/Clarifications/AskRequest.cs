using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Clarifications;

/// <summary>A vendor's question about the brief it is invited to.</summary>
public sealed record AskRequest([Required, StringLength(4000, MinimumLength = 1)] string Question);

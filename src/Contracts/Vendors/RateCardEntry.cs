using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>What an hour of one seniority costs, in an ISO 4217 currency (<c>USD</c>).</summary>
public sealed record RateCardEntry(
    Seniority Seniority,
    [Range(typeof(decimal), "0", "100000")] decimal HourlyRate,
    [Required, RegularExpression("^[A-Z]{3}$", ErrorMessage = "The currency is a three-letter ISO 4217 code such as USD.")] string Currency);

using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Components.Pages.Vendors;

/// <summary>One seniority's line of the rate card form: no rate means the vendor does not offer it.</summary>
public sealed class RateCardInput
{
    public Seniority Seniority { get; set; }

    [Range(typeof(decimal), "0", "100000")]
    public decimal? HourlyRate { get; set; }

    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "The currency is a three-letter ISO 4217 code such as USD.")]
    public string Currency { get; set; } = "USD";
}

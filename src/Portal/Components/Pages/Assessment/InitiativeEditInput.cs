using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Assessment;

namespace OutsourcingPortal.Portal.Components.Pages.Assessment;

/// <summary>Everything written about an initiative, with the limits the API applies.</summary>
public sealed class InitiativeEditInput
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [Required, StringLength(4000), Display(Name = "Use case")]
    public string UseCase { get; set; } = "";

    [StringLength(200)]
    public string? Owner { get; set; }

    [StringLength(2000), Display(Name = "Business outcome")]
    public string? BusinessOutcome { get; set; }

    [StringLength(2000), Display(Name = "Target workflow")]
    public string? TargetWorkflow { get; set; }

    [StringLength(2000)]
    public string? Baseline { get; set; }

    [StringLength(2000), Display(Name = "Success metric")]
    public string? SuccessMetric { get; set; }

    [Range(typeof(decimal), "0", "1000000000000")]
    public decimal? Budget { get; set; }

    public DateOnly? Deadline { get; set; }

    public static InitiativeEditInput From(InitiativeResponse initiative) => new()
    {
        Name = initiative.Name,
        UseCase = initiative.UseCase,
        Owner = initiative.Owner,
        BusinessOutcome = initiative.BusinessOutcome,
        TargetWorkflow = initiative.TargetWorkflow,
        Baseline = initiative.Baseline,
        SuccessMetric = initiative.SuccessMetric,
        Budget = initiative.Budget,
        Deadline = initiative.Deadline,
    };
}

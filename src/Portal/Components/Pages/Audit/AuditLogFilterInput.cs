using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Portal.Audit;

namespace OutsourcingPortal.Portal.Components.Pages.Audit;

public sealed class AuditLogFilterInput : IValidatableObject
{
    /// <summary>A member's id, or empty for everyone.</summary>
    public string Person { get; set; } = string.Empty;

    [Display(Name = "Object id")]
    public string ObjectId { get; set; } = string.Empty;

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Whole UTC days: from the start of <see cref="From"/> to the end of <see cref="To"/>.</summary>
    public AuditLogFilter ToFilter() => new(
        Guid.TryParse(Person, out var actor) ? actor : null,
        Guid.TryParse(ObjectId, out var objectId) ? objectId : null,
        From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ObjectId.Length > 0 && !Guid.TryParse(ObjectId, out _))
        {
            yield return new ValidationResult("An object id is a UUID, like 0193a000-0000-7000-8000-000000000001.", [nameof(ObjectId)]);
        }
        if (From > To)
        {
            yield return new ValidationResult("The first day comes after the last.", [nameof(To)]);
        }
    }
}

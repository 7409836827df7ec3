using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

/// <summary>
/// What narrows a list of initiatives: <c>?q=</c> (name, use case or owner), <c>?status=proposed|assessed</c>,
/// <c>?archived=true</c> for the archive instead of the active ones, and <c>?sort=</c> (see <see cref="InitiativeRecords.Sort"/>).
/// </summary>
public sealed record InitiativeFilter
{
    [StringLength(200)]
    public string? Q { get; init; }

    [RegularExpression("^(proposed|assessed)$", ErrorMessage = "The status is proposed or assessed.")]
    public string? Status { get; init; }

    public bool? Archived { get; init; }

    [StringLength(40)]
    public string? Sort { get; init; }
}

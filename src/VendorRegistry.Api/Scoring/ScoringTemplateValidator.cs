using System.Globalization;
using System.Text.RegularExpressions;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// Checks an edited template: at least one criterion; each with a unique kebab-case id (it keys scores and errors),
/// a name, and a weight above 0 and at most <see cref="MaximumWeight"/>.
/// </summary>
internal static partial class ScoringTemplateValidator
{
    /// <summary>Generous for any scheme (percentages, points), and small enough that no total can overflow.</summary>
    public const decimal MaximumWeight = 1000;

    public const int MaximumIdLength = 100;

    public static IReadOnlyDictionary<string, string[]> Validate(ScoringTemplate template)
    {
        var errors = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        if (template.Criteria.Count == 0)
        {
            errors["criteria"] = ["Needs at least one criterion."];
            return errors;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < template.Criteria.Count; index++)
        {
            var criterion = template.Criteria[index];
            string Path(string field) => string.Create(CultureInfo.InvariantCulture, $"criteria[{index}].{field}");
            if (criterion.Id is null || criterion.Id.Length > MaximumIdLength || !KebabCaseId().IsMatch(criterion.Id))
            {
                errors[Path("id")] = [string.Create(CultureInfo.InvariantCulture, $"Must be a kebab-case id of at most {MaximumIdLength} characters, such as data-security.")];
            }
            else if (!seen.Add(criterion.Id))
            {
                errors[Path("id")] = ["Is the id of another criterion."];
            }
            if (string.IsNullOrWhiteSpace(criterion.Name))
            {
                errors[Path("name")] = ["Needs a name."];
            }
            if (criterion.Weight is <= 0 or > MaximumWeight)
            {
                errors[Path("weight")] = [string.Create(CultureInfo.InvariantCulture, $"Must be above 0 and at most {MaximumWeight}.")];
            }
        }
        if (template.Criteria.Sum(criterion => Math.Clamp(criterion.Weight, -MaximumWeight, MaximumWeight)) <= 0)
        {
            errors["criteria"] = ["The weights must add up to more than 0."];
        }
        return errors;
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex KebabCaseId();
}

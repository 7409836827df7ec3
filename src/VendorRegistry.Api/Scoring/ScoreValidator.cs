using System.Globalization;
using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>Checks an evaluator's scores against a template; errors keyed by criterion id, as answers are by question id.</summary>
internal static class ScoreValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(ScoringTemplate template, IReadOnlyDictionary<string, int?> scores, ValidationMode mode)
    {
        var errors = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (criterionId, score) in scores)
        {
            var problem = template.FindCriterion(criterionId) is null ? "Is not a criterion of this scoring template."
                : score is { } given && !Scorecard.InRange(given)
                    ? string.Create(CultureInfo.InvariantCulture, $"Must be a whole number from {Scorecard.MinimumScore} to {Scorecard.MaximumScore}.")
                : null;
            if (problem is not null)
            {
                errors[criterionId] = [problem];
            }
        }
        if (mode == ValidationMode.Submission)
        {
            foreach (var criterion in template.Criteria.Where(criterion => scores.GetValueOrDefault(criterion.Id) is null))
            {
                errors[criterion.Id] = ["Needs a score to submit the scorecard."];
            }
        }
        return errors;
    }
}

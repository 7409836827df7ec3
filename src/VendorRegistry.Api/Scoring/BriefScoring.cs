using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>How a brief's copied criteria and the stored scorecards meet the scoring domain.</summary>
internal static class BriefScoring
{
    /// <summary>The criteria the brief was written with; a brief from before criteria were copied is scored with the default ones.</summary>
    public static ScoringTemplate TemplateOf(BriefResponse brief) =>
        brief.Criteria.Count == 0
            ? ScoringTemplate.Default
            : new([.. brief.Criteria.Select(criterion => new ScoringCriterion(criterion.Id, criterion.Name, criterion.Weight, criterion.Guidance))]);

    /// <summary>The criteria as the API shows them, the default ones included.</summary>
    public static IReadOnlyList<BriefCriterion> ToWire(ScoringTemplate template) =>
        [.. template.Criteria.Select(criterion => new BriefCriterion(criterion.Id, criterion.Name, criterion.Weight, criterion.Guidance))];

    public static Scorecard ToDomain(ScorecardResponse scorecard) =>
        new(scorecard.ResponseId, scorecard.EvaluatorId, scorecard.Scores, scorecard.Status is ScorecardStatus.Submitted);

    public static ScoredResponse ToScored(VendorResponseToBrief response) => new(response.Id, response.VendorId, response.VendorName);
}

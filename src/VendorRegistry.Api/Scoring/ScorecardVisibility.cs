using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// Evaluators score independently: nobody reads another's draft; an org admin or evaluator reads the others' submitted
/// scorecards of a response only once it has submitted its own, and does not see the response's aggregate while its own
/// scorecard is a draft. Executives never score, so they read every submitted scorecard.
/// </summary>
internal static class ScorecardVisibility
{
    /// <summary>An aggregate is withheld only from an evaluator who has started scoring the response and not submitted.</summary>
    public static bool HidesAggregate(ScorecardResponse? own) => own?.Status is ScorecardStatus.Draft;

    /// <summary>What the caller reads of one response's scorecards: its own, and the others' submitted ones when it may.</summary>
    public static ResponseScorecards For(IReadOnlyList<ScorecardResponse> scorecards, Guid? caller, bool callerScores)
    {
        var own = scorecards.FirstOrDefault(scorecard => scorecard.EvaluatorId == caller);
        var showsOthers = !callerScores || own?.Status is ScorecardStatus.Submitted;
        return new([.. scorecards.Where(scorecard => scorecard == own || (showsOthers && scorecard.Status is ScorecardStatus.Submitted))],
            OthersHidden: !showsOthers);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>The conflicts of scoring, worded once.</summary>
internal static class ScoringProblems
{
    public static ProblemHttpResult AlreadyScored() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Already scored.",
        detail: "You submitted your scorecard for this response; a submitted scorecard is final.");
}

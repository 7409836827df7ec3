using Microsoft.AspNetCore.Http.HttpResults;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>The state conflicts of a brief's life, worded once for every endpoint that meets them.</summary>
public static class BriefProblems
{
    public static ProblemHttpResult Issued() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The brief is issued.",
        detail: "Every invitee must keep reading the same brief; its text no longer changes. Answer questions as clarifications.");

    public static ProblemHttpResult Awarded() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The brief is awarded.",
        detail: "An awarded brief is closed: nothing about it changes any more.");

    public static ProblemHttpResult ClosedForAnswers() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The deadline has passed.",
        detail: "The brief no longer takes answers. Ask the client to extend the deadline if you need more time.");
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>The two answers of optimistic concurrency, worded once for every service.</summary>
public static class PreconditionProblems
{
    public static ProblemHttpResult IfMatchRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "If-Match is required.",
        detail: "Send the ETag you last read in an If-Match header, so that no one else's change is overwritten.");

    public static ProblemHttpResult Stale() => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Someone changed this since you read it.",
        detail: "Read it again, apply your change to the current version, and send the new ETag.");
}

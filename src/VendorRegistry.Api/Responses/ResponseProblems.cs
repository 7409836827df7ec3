using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Invitations;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>Why a vendor's response cannot change: its brief is closed for answers, or the response is submitted.</summary>
internal static class ResponseProblems
{
    public static ProblemHttpResult? ClosedProblem(InvitedBrief brief) => brief.Status switch
    {
        BriefStatus.Awarded => BriefProblems.Awarded(),
        BriefStatus.Evaluating => BriefProblems.ClosedForAnswers(),
        _ => null,
    };

    public static ProblemHttpResult AlreadySubmitted() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The response is submitted.",
        detail: "A submitted response is final: the client evaluates what was submitted.");
}

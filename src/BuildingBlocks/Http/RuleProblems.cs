using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>A 422 that names, per field, what breaks the rule (the unanswered questions, the unscored criteria).</summary>
public static class RuleProblems
{
    public static ProblemHttpResult Unprocessable(IReadOnlyDictionary<string, string[]> errors, string title, string detail) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>(errors))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Detail = detail,
        });
}

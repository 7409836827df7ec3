using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Responses;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// The red flags of a submitted response, always shown to the client's evaluators; an evaluator may dismiss one with
/// a reason, which is kept beside the flag and in the audit log. Vendors never see them.
/// </summary>
public static class RedFlagsEndpoints
{
    public static IEndpointRouteBuilder MapRedFlagsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/briefs/{id:guid}/responses/{responseId:guid}/red-flags").WithTags("Scoring");
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPost("/dismissals", DismissAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<ResponseRedFlag>>, NotFound>> ListAsync(
        Guid id, Guid responseId, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var reviewed = await ResponseRecords.FindReviewedAsync(work, id, responseId, "read-red-flags", cancellationToken);
        var flags = reviewed is null ? null : await RedFlagRecords.ReviewAsync(work, reviewed, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return flags is null ? TypedResults.NotFound() : TypedResults.Ok(flags);
    }

    /// <summary>Dismisses a flag the response has now (422 for any other key), once (409 after that), until the brief is awarded.</summary>
    private static async Task<Results<Created<RedFlagDismissal>, NotFound, ProblemHttpResult>> DismissAsync(
        Guid id, Guid responseId, DismissRedFlagRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var reviewed = await ResponseRecords.FindReviewedAsync(work, id, responseId, "dismiss-red-flag", cancellationToken);
        if (reviewed is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (reviewed.Brief.Status is BriefStatus.Awarded)
        {
            return BriefProblems.Awarded();
        }
        var flag = (await RedFlagRecords.ReviewAsync(work, reviewed, cancellationToken)).FirstOrDefault(flag => flag.Key == request.FlagKey);
        if (flag is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No such red flag.",
                detail: $"The response has no red flag '{request.FlagKey}'; read its red flags for their keys.");
        }
        var dismissal = new RedFlagDismissal(Guid.CreateVersion7(work.Now), responseId, flag.Key, request.Reason!.Trim(), work.Actor.Id,
            work.Actor.Name, work.Now);
        if (flag.Dismissal is not null || !await RedFlagRecords.DismissAsync(work, dismissal, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The red flag is dismissed already.",
                detail: "A dismissal stands once recorded; its reason is on the flag.");
        }
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/briefs/{id}/responses/{responseId}/red-flags", dismissal);
    }
}

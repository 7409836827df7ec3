using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Responses;
using OutsourcingPortal.VendorRegistry.Api.Scoring;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// Awarding a brief to one submitted response closes it: every other invitee sees it awarded and that it did not win,
/// and <see cref="VendorAwarded"/> tells the other services, in the same transaction.
/// </summary>
public static class AwardEndpoints
{
    public static IEndpointRouteBuilder MapAwardEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/briefs/{id:guid}/award", AwardAsync).WithTags("Briefs").RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    /// <summary>Once: awarding an awarded brief is 409. Only a submitted response to this brief can win (422).</summary>
    private static async Task<Results<Ok<BriefResponse>, NotFound, ProblemHttpResult>> AwardAsync(
        Guid id, AwardRequest request, TenantDatabase database, HttpResponse response, ILogger<AwardRequest> logger, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var current = await FindVersionedAsync(work, id, "award", cancellationToken, forUpdate: true);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (current.Value.Status is BriefStatus.Awarded)
        {
            return BriefProblems.Awarded();
        }
        var winner = await ResponseRecords.FindSubmittedAsync(work, id, request.ResponseId!.Value, "award", cancellationToken);
        if (winner is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not a submitted response to this brief.",
                detail: "A brief is awarded to one of the responses submitted to it; list them at /briefs/{id}/responses.");
        }
        var rationale = request.Rationale!.Trim();
        var version = await BriefRecords.AwardAsync(work, id, winner.Id, rationale, work.Now, cancellationToken);
        var awarded = (await FindAsync(work, id, "read", cancellationToken))!;
        await work.AuditAsync("award", ObjectType, id, before: current.Value, after: awarded, cancellationToken);
        var standing = ScoreAggregator.Aggregate(BriefScoring.TemplateOf(awarded), [BriefScoring.ToScored(winner)],
            [.. (await ScorecardRecords.ForBriefAsync(work, id, cancellationToken)).Select(BriefScoring.ToDomain)]).Single();
        await work.PublishAsync(new VendorAwarded(id, awarded.Title, winner.Id, winner.VendorId, winner.VendorName, awarded.InitiativeId,
            awarded.EngagementModel, rationale, standing.WeightedTotal, work.Now), cancellationToken);
        await work.CommitAsync(cancellationToken);
        logger.LogInformation("Brief {BriefId} awarded to {VendorId}", id, winner.VendorId);
        response.SetETag(version);
        return TypedResults.Ok(awarded);
    }
}

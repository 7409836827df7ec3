using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using OutsourcingPortal.VendorRegistry.Api.Responses;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>A brief's evaluation: every submitted response ranked by the evaluators' submitted scorecards, with their spread and red flags.</summary>
public static class EvaluationEndpoints
{
    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/briefs/{id:guid}/evaluation", GetAsync).WithTags("Scoring").RequireAuthorization(AccessPolicies.TenantReader);
        return routes;
    }

    /// <summary>
    /// Ranks the responses whose aggregate the caller may see among themselves; those it is still scoring come last,
    /// marked hidden, so nothing of their standing shows, not even through the others' ranks.
    /// </summary>
    private static async Task<Results<Ok<BriefEvaluation>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await BriefRecords.FindAsync(work, id, "read-evaluation", cancellationToken);
        if (brief is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        var responses = await ResponseRecords.ListSubmittedAsync(work, id, cancellationToken);
        var scorecards = await ScorecardRecords.ForBriefAsync(work, id, cancellationToken);
        var flags = new Dictionary<Guid, IReadOnlyList<ResponseRedFlag>>();
        foreach (var response in responses)
        {
            flags[response.Id] = await RedFlagRecords.ReviewAsync(work, new ReviewedResponse(brief, response), cancellationToken);
        }
        await work.CommitAsync(cancellationToken);

        var hidden = responses.Where(response => ScorecardVisibility.HidesAggregate(
            scorecards.FirstOrDefault(scorecard => scorecard.ResponseId == response.Id && scorecard.EvaluatorId == work.Actor.Id))).ToList();
        var template = BriefScoring.TemplateOf(brief);
        var standings = ScoreAggregator.Aggregate(template, [.. responses.Except(hidden).Select(BriefScoring.ToScored)],
            [.. scorecards.Select(BriefScoring.ToDomain)]);
        var byId = responses.ToDictionary(response => response.Id);
        return TypedResults.Ok(new BriefEvaluation(id, brief.Status, BriefScoring.ToWire(template),
        [
            .. standings.Select(standing => new ResponseEvaluation(standing.ResponseId, standing.VendorId, standing.VendorName,
                byId[standing.ResponseId].Shortlisted, Hidden: false, standing.Rank, standing.WeightedTotal, standing.EvaluatorCount,
                standing.Criteria, Active(flags[standing.ResponseId]), flags[standing.ResponseId])),
            .. hidden.Select(response => new ResponseEvaluation(response.Id, response.VendorId, response.VendorName, response.Shortlisted,
                Hidden: true, Rank: null, WeightedTotal: null, EvaluatorCount: null, Criteria: [], Active(flags[response.Id]), flags[response.Id])),
        ]));
    }

    private static int Active(IReadOnlyList<ResponseRedFlag> flags) => flags.Count(flag => flag.Dismissal is null);
}

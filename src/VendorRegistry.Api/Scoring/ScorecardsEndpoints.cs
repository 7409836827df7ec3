using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Responses;
using static OutsourcingPortal.VendorRegistry.Api.Scoring.ScorecardRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// Each evaluator scores each submitted response on its own scorecard against the brief's criteria: a draft saved as
/// often as needed, then submitted once and final. Others' scorecards stay hidden until the caller has submitted its own.
/// </summary>
public static class ScorecardsEndpoints
{
    public static IEndpointRouteBuilder MapScorecardsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/briefs/{id:guid}/responses/{responseId:guid}").WithTags("Scoring");
        group.MapGet("/scorecard", GetOwnAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapPut("/scorecard", SaveAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapPost("/scorecard/submit", SubmitAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapGet("/scorecards", ListAsync).RequireAuthorization(AccessPolicies.TenantReader);
        return routes;
    }

    /// <summary>The caller's own scorecard of the response, draft or submitted; 404 until its first save.</summary>
    private static async Task<Results<Ok<ScorecardResponse>, NotFound>> GetOwnAsync(
        Guid id, Guid responseId, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var own = await ResponseRecords.FindReviewedAsync(work, id, responseId, "read-scorecard", cancellationToken) is null
            ? null
            : await FindOwnAsync(work, responseId, EvaluatorOf(work), cancellationToken);
        await work.CommitAsync(cancellationToken);
        if (own is null)
        {
            return TypedResults.NotFound();
        }
        response.SetETag(own.Version);
        return TypedResults.Ok(own.Value);
    }

    /// <summary>
    /// Saves the caller's whole draft: the first save starts it, later ones need the ETag they read. Scores must be
    /// criteria of the brief, 1 to 5 (400 keyed by criterion id); a draft may leave criteria unscored.
    /// </summary>
    private static async Task<Results<Ok<ScorecardResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Guid id, Guid responseId, ScorecardRequest request, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var reviewed = await ResponseRecords.FindReviewedAsync(work, id, responseId, "score", cancellationToken);
        if (reviewed is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (reviewed.Brief.Status is BriefStatus.Awarded)
        {
            return BriefProblems.Awarded();
        }
        if (BriefScoring.TemplateOf(reviewed.Brief).Validate(request.Scores!, ValidationMode.Draft) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(errors));
        }
        var scores = request.Scores!.Where(score => score.Value is not null).ToDictionary();
        var current = await FindOwnAsync(work, responseId, EvaluatorOf(work), cancellationToken, forUpdate: true);
        if (current is null)
        {
            var started = new ScorecardResponse(Guid.CreateVersion7(work.Now), id, responseId, EvaluatorOf(work), work.Actor.Name, scores,
                request.Comment, ScorecardStatus.Draft, SubmittedAt: null, work.Now, work.Now);
            if (!await InsertAsync(work, started, cancellationToken))
            {
                return PreconditionProblems.Stale();
            }
            return await CommitAsync(work, (await FindOwnAsync(work, responseId, EvaluatorOf(work), cancellationToken))!, context.Response, cancellationToken);
        }
        if (current.Value.Status is ScorecardStatus.Submitted)
        {
            return ScoringProblems.AlreadyScored();
        }
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        var saved = current.Value with { Scores = scores, Comment = request.Comment, UpdatedAt = work.Now };
        if (await UpdateAsync(work, saved, version, cancellationToken) is not { } newVersion)
        {
            return PreconditionProblems.Stale();
        }
        await work.AuditAsync("update", ObjectType, saved.Id, before: current.Value, after: saved, cancellationToken);
        return await CommitAsync(work, new Versioned<ScorecardResponse>(saved, (uint)newVersion), context.Response, cancellationToken);
    }

    /// <summary>Submits the draft the caller read (If-Match) with every criterion scored (422 names the others); final after that.</summary>
    private static async Task<Results<Ok<ScorecardResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, Guid responseId, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var reviewed = await ResponseRecords.FindReviewedAsync(work, id, responseId, "submit-scorecard", cancellationToken);
        var current = reviewed is null ? null : await FindOwnAsync(work, responseId, EvaluatorOf(work), cancellationToken, forUpdate: true);
        if (reviewed is null || current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (reviewed.Brief.Status is BriefStatus.Awarded)
        {
            return BriefProblems.Awarded();
        }
        if (current.Value.Status is ScorecardStatus.Submitted)
        {
            return ScoringProblems.AlreadyScored();
        }
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        if (BriefScoring.TemplateOf(reviewed.Brief).Validate(current.Value.Scores, ValidationMode.Submission) is { Count: > 0 } unscored)
        {
            return RuleProblems.Unprocessable(unscored,
                "The scorecard cannot be submitted yet.",
                "Every criterion of the brief needs a score; the errors name the unscored ones.");
        }
        if (await ScorecardRecords.SubmitAsync(work, current.Value.Id, work.Now, version, cancellationToken) is not { } newVersion)
        {
            return PreconditionProblems.Stale();
        }
        var submitted = current.Value with { Status = ScorecardStatus.Submitted, SubmittedAt = work.Now, UpdatedAt = work.Now };
        await work.AuditAsync("submit", ObjectType, submitted.Id, before: null, after: new { submitted.Status, submitted.SubmittedAt }, cancellationToken);
        return await CommitAsync(work, new Versioned<ScorecardResponse>(submitted, (uint)newVersion), context.Response, cancellationToken);
    }

    /// <summary>The caller's own scorecard, and the others' submitted ones once the caller has submitted its own (executives: all submitted).</summary>
    private static async Task<Results<Ok<ResponseScorecards>, NotFound>> ListAsync(
        Guid id, Guid responseId, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await ResponseRecords.FindReviewedAsync(work, id, responseId, "read-scorecards", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        var scorecards = (await ForBriefAsync(work, id, cancellationToken)).Where(scorecard => scorecard.ResponseId == responseId).ToList();
        return TypedResults.Ok(ScorecardVisibility.For(scorecards, work.Actor.Id, Scores(context)));
    }

    /// <summary>Whether the caller is one who scores (org admins and evaluators); executives only read.</summary>
    internal static bool Scores(HttpContext context) =>
        context.User.IsInRole(PortalRoles.OrgAdmin) || context.User.IsInRole(PortalRoles.Evaluator);

    // Portal tokens always name their subject by a UUID, a person's or an API client's (conventions: claims).
    private static Guid EvaluatorOf(UnitOfWork work) =>
        work.Actor.Id ?? throw new InvalidOperationException("A token without a UUID subject cannot score.");

    private static async Task<Ok<ScorecardResponse>> CommitAsync(
        UnitOfWork work, Versioned<ScorecardResponse> saved, HttpResponse response, CancellationToken cancellationToken)
    {
        await work.CommitAsync(cancellationToken);
        response.SetETag(saved.Version);
        return TypedResults.Ok(saved.Value);
    }
}

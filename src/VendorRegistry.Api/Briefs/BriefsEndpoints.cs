using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.AssessedInitiatives;
using OutsourcingPortal.VendorRegistry.Api.Scoring;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>A client organization's briefs: written as drafts, issued to the invited vendors, deadlines extended.</summary>
public static class BriefsEndpoints
{
    public static IEndpointRouteBuilder MapBriefsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/briefs").WithTags("Briefs");
        group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapPost("/{id:guid}/issue", IssueAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapPost("/{id:guid}/deadline", ExtendAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    private static async Task<Results<Created<BriefResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        BriefRequest request, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (BriefRequestRules.Validate(request, work.Now) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        AssessedInitiativeResponse? initiative = null;
        if (request.InitiativeId is { } initiativeId
            && (initiative = await AssessedInitiativeRecords.FindAsync(work, initiativeId, cancellationToken)) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No such assessed initiative.",
                detail: $"Initiative {initiativeId} has no completed assessment yet; complete one, or write the brief without it.");
        }
        var template = await ScoringTemplateRecords.CurrentAsync(work, cancellationToken);
        var brief = BriefDrafting.NewDraft(Guid.CreateVersion7(work.Now), request, initiative, template.ToBriefCriteria(), work.Now);
        await InsertAsync(work, brief, cancellationToken);
        var created = (await FindVersionedAsync(work, brief.Id, "read", cancellationToken))!;
        await work.CommitAsync(cancellationToken);
        response.SetETag(created.Version);
        return TypedResults.Created($"/briefs/{brief.Id}", created.Value);
    }

    private static async Task<Ok<PagedResult<BriefResponse>>> ListAsync(
        [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from {BriefsWithAward} order by b.deadline, b.id", query, Read, cancellationToken));
    }

    private static Task<Results<Ok<BriefResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedEndpoints.GetAsync(database, response, work => FindVersionedAsync(work, id, "read", cancellationToken), cancellationToken);

    /// <summary>A draft's text may change until it is issued; after that every invitee must keep reading the same brief.</summary>
    private static async Task<Results<Ok<BriefResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, BriefRequest request, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var current = await FindVersionedAsync(work, id, "update", cancellationToken);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        if (current.Value.Status is not BriefStatus.Draft)
        {
            return BriefProblems.Issued();
        }
        if (BriefRequestRules.Validate(request, work.Now) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (request.InitiativeId is { } initiativeId && initiativeId != current.Value.InitiativeId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "A brief keeps its initiative.",
                detail: "The initiative a brief is written from is set when it is created; write a new brief for another initiative.");
        }
        var edited = BriefDrafting.Edit(current.Value, request, work.Now);
        if (await UpdateDraftAsync(work, edited, version, cancellationToken) is not { } newVersion)
        {
            return PreconditionProblems.Stale();
        }
        await work.AuditAsync("update", ObjectType, id, before: current.Value, after: edited, cancellationToken);
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)newVersion);
        return TypedResults.Ok(edited);
    }

    /// <summary>
    /// Every invited vendor receives the same brief at the same moment. Issuing an issued brief changes nothing. Fewer
    /// than three or more than five invitees only draw a warning (<see cref="BriefResponse.Warnings"/>).
    /// </summary>
    private static async Task<Results<Ok<BriefResponse>, NotFound, ProblemHttpResult>> IssueAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var current = await FindVersionedAsync(work, id, "issue", cancellationToken, forUpdate: true);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (current.Value.Status is not BriefStatus.Draft)
        {
            response.SetETag(current.Version);
            return TypedResults.Ok(current.Value);
        }
        if (current.Value.InvitedVendors == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No vendor is invited.",
                detail: "Invite the vendors who should answer (three to five) before issuing the brief.");
        }
        if (current.Value.Deadline <= work.Now)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The deadline has passed.",
                detail: "Move the draft's deadline into the future before issuing it.");
        }
        await BriefRecords.IssueAsync(work, id, work.Now, cancellationToken);
        var issued = (await FindVersionedAsync(work, id, "read", cancellationToken))!;
        await work.AuditAsync("issue", ObjectType, id, before: current.Value, after: issued.Value, cancellationToken);
        await work.CommitAsync(cancellationToken);
        response.SetETag(issued.Version);
        return TypedResults.Ok(issued.Value);
    }

    /// <summary>Gives every invitee more time, also after the deadline has passed: late answers are refused until the client extends it.</summary>
    private static async Task<Results<Ok<BriefResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ExtendAsync(
        Guid id, ExtendDeadlineRequest request, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var current = await FindVersionedAsync(work, id, "extend", cancellationToken, forUpdate: true);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        switch (current.Value.Status)
        {
            case BriefStatus.Draft:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The brief is a draft.",
                    detail: "Edit the draft's deadline with the rest of its text.");
            case BriefStatus.Awarded:
                return BriefProblems.Awarded();
        }
        var deadline = request.Deadline!.Value.ToUniversalTime();
        if (deadline <= current.Value.Deadline || deadline <= work.Now)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["deadline"] = ["An extension must move the deadline later than it is, and into the future."],
            });
        }
        var version = await BriefRecords.ExtendAsync(work, id, deadline, work.Now, cancellationToken);
        var extended = (await FindAsync(work, id, "read", cancellationToken))!;
        await work.AuditAsync("extend-deadline", ObjectType, id, before: current.Value, after: extended, cancellationToken);
        await work.CommitAsync(cancellationToken);
        response.SetETag(version);
        return TypedResults.Ok(extended);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Invitations;
using static OutsourcingPortal.VendorRegistry.Api.Clarifications.ClarificationRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Clarifications;

/// <summary>
/// Questions vendors ask about a brief while it is open, and the client's answers, which every invitee reads, so all
/// of them answer the same brief (domain.md §2). No vendor learns who asked.
/// </summary>
public static class ClarificationsEndpoints
{
    public static IEndpointRouteBuilder MapClarificationsEndpoints(this IEndpointRouteBuilder routes)
    {
        var vendor = routes.MapGroup("/invitations/{id:guid}/clarifications").WithTags("Invitations");
        vendor.MapPost("/", AskAsync).RequireAuthorization(AccessPolicies.VendorMember);
        vendor.MapGet("/", ListForInviteeAsync).RequireAuthorization(AccessPolicies.VendorMember);
        var client = routes.MapGroup("/briefs/{id:guid}/clarifications").WithTags("Briefs");
        client.MapGet("/", ListForClientAsync).RequireAuthorization(AccessPolicies.TenantReader);
        client.MapPost("/{clarificationId:guid}/answer", AnswerAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    private static async Task<Results<Created<ClarificationResponse>, NotFound, ProblemHttpResult>> AskAsync(
        Guid id, AskRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await InvitationRecords.FindInvitedBriefAsync(work, id, "ask", cancellationToken);
        if (brief is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (brief.Status is not BriefStatus.Open)
        {
            return brief.Status is BriefStatus.Awarded ? BriefProblems.Awarded() : BriefProblems.ClosedForAnswers();
        }
        var asked = new ClarificationResponse(Guid.CreateVersion7(work.Now), brief.BriefId, request.Question.Trim(), Answer: null,
            AskedBy: null, AskedByYou: true, work.Now, AnsweredAt: null);
        await work.ExecuteAsync(
            """
            insert into brief_clarifications (tenant_id, id, brief_id, asked_by_vendor_id, question, created_at, updated_at, created_by)
            values ($1, $2, $3, $4, $5, $6, $6, $7)
            """,
            cancellationToken, brief.TenantId, asked.Id, asked.BriefId, brief.VendorId, asked.Question, asked.AskedAt, work.Actor.Id);
        await work.AuditAsync("create", ObjectType, asked.Id, before: null, after: asked, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/invitations/{id}/clarifications", asked);
    }

    private static async Task<Results<Ok<PagedResult<ClarificationResponse>>, NotFound>> ListForInviteeAsync(
        Guid id, [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await InvitationRecords.FindInvitedBriefAsync(work, id, "read-clarifications", cancellationToken);
        if (brief is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await ListAsync(work, brief.BriefId, query, cancellationToken));
    }

    private static async Task<Results<Ok<PagedResult<ClarificationResponse>>, NotFound>> ListForClientAsync(
        Guid id, [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await BriefRecords.FindAsync(work, id, "read", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await ListAsync(work, id, query, cancellationToken));
    }

    /// <summary>An answer may be corrected while the brief is not awarded; every invitee reads the latest.</summary>
    private static async Task<Results<Ok<ClarificationResponse>, NotFound, ProblemHttpResult>> AnswerAsync(
        Guid id, Guid clarificationId, AnswerRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await BriefRecords.FindAsync(work, id, "answer-clarification", cancellationToken);
        var current = brief is null ? null : await work.SingleOrDefaultAsync(
            $"select {Columns} from {ClarificationsWithVendors} where c.id = $1 and c.brief_id = $2 for update of c",
            Read, cancellationToken, clarificationId, id);
        if (brief is null || current is null)
        {
            if (brief is not null)
            {
                await work.AuditDeniedAsync("answer", ObjectType, clarificationId, cancellationToken);
            }
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (brief.Status is BriefStatus.Awarded)
        {
            return BriefProblems.Awarded();
        }
        var answered = current with { Answer = request.Answer.Trim(), AnsweredAt = work.Now };
        await work.ExecuteAsync("update brief_clarifications set answer = $2, answered_at = $3, updated_at = $3 where id = $1",
            cancellationToken, clarificationId, answered.Answer, work.Now);
        await work.AuditAsync("answer", ObjectType, clarificationId, before: current, after: answered, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Ok(answered);
    }

    private static Task<PagedResult<ClarificationResponse>> ListAsync(
        BuildingBlocks.Data.UnitOfWork work, Guid briefId, PageQuery query, CancellationToken cancellationToken) =>
        work.PageAsync(
            $"select {Columns}, count(*) over () from {ClarificationsWithVendors} where c.brief_id = $1 order by c.created_at, c.id",
            query, Read, cancellationToken, briefId);
}

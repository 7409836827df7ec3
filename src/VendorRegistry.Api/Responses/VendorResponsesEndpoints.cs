using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Invitations;
using static OutsourcingPortal.VendorRegistry.Api.Responses.ResponseProblems;
using static OutsourcingPortal.VendorRegistry.Api.Responses.ResponseRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>
/// A vendor answers an invitation: drafts saved as often as it likes, then one submission before the deadline. The
/// client sees nothing of it until it is submitted, and nothing changes it afterwards.
/// </summary>
public static class VendorResponsesEndpoints
{
    public static IEndpointRouteBuilder MapVendorResponsesEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/invitations/{id:guid}/response").WithTags("Invitations");
        group.MapGet("/", GetAsync).RequireAuthorization(AccessPolicies.VendorMember);
        group.MapPut("/", SaveAsync).RequireAuthorization(AccessPolicies.VendorMember);
        group.MapPost("/submit", SubmitAsync).RequireAuthorization(AccessPolicies.VendorMember);
        return routes;
    }

    /// <summary>The vendor's response to the invitation; 404 until its first draft is saved.</summary>
    private static async Task<Results<Ok<VendorResponseToBrief>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var found = await InvitationRecords.FindInvitedBriefAsync(work, id, "read-response", cancellationToken) is null
            ? null
            : await FindByInvitationAsync(work, id, cancellationToken);
        await work.CommitAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        response.SetETag(found.Version);
        return TypedResults.Ok(found.Value);
    }

    /// <summary>
    /// Saves the whole answer sheet as the draft: the first save starts the response, later ones need the ETag they
    /// read. Drafts may be partial; every answer given must fit its question.
    /// </summary>
    private static async Task<Results<Ok<VendorResponseToBrief>, NotFound, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Guid id, SaveAnswersRequest request, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await InvitationRecords.FindInvitedBriefAsync(work, id, "answer", cancellationToken);
        if (brief is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (ClosedProblem(brief) is { } closed)
        {
            return closed;
        }
        var sheet = new BriefAnswerSheet(request.QuestionnaireVersion!.Value, request.Answers!);
        if (BriefQuestionnaire.ForVersion(brief.QuestionnaireVersion)!.Validate(sheet, ValidationMode.Draft) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(errors));
        }
        var answers = Given(sheet);
        var current = await FindByInvitationAsync(work, id, cancellationToken, forUpdate: true);
        VendorResponseToBrief saved;
        uint newVersion;
        if (current is null)
        {
            saved = new VendorResponseToBrief(Guid.CreateVersion7(work.Now), brief.BriefId, id, brief.VendorId, "", ResponseStatus.Draft,
                brief.QuestionnaireVersion, answers, Attachments: new Dictionary<string, IReadOnlyList<FileResponse>>(), SubmittedAt: null,
                Shortlisted: false, work.Now, work.Now);
            await InsertAsync(work, saved, brief.TenantId, cancellationToken);
            await work.AuditAsync("create", ObjectType, saved.Id, before: null, after: saved.Answers, cancellationToken);
            var inserted = (await FindByInvitationAsync(work, id, cancellationToken))!;
            (saved, newVersion) = (inserted.Value, inserted.Version);
        }
        else
        {
            if (current.Value.Status is ResponseStatus.Submitted)
            {
                return AlreadySubmitted();
            }
            if (context.Request.IfMatchVersion() is not { } version)
            {
                return PreconditionProblems.IfMatchRequired();
            }
            saved = current.Value with { Answers = answers, UpdatedAt = work.Now };
            if (await SaveAnswersAsync(work, saved, version, cancellationToken) is not { } updated)
            {
                return PreconditionProblems.Stale();
            }
            newVersion = (uint)updated;
            await work.AuditAsync("answer", ObjectType, saved.Id, before: current.Value.Answers, after: saved.Answers, cancellationToken);
        }
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag(newVersion);
        return TypedResults.Ok(saved);
    }

    /// <summary>
    /// Submits the draft it read (If-Match) before the deadline, with every required question answered (422 names
    /// the missing ones). Submitting a submitted response changes nothing, so a retry is safe.
    /// </summary>
    private static async Task<Results<Ok<VendorResponseToBrief>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await InvitationRecords.FindInvitedBriefAsync(work, id, "submit", cancellationToken);
        var current = brief is null ? null : await FindByInvitationAsync(work, id, cancellationToken, forUpdate: true);
        if (brief is null || current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (current.Value.Status is ResponseStatus.Submitted)
        {
            context.Response.SetETag(current.Version);
            return TypedResults.Ok(current.Value);
        }
        if (ClosedProblem(brief) is { } closed)
        {
            return closed;
        }
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        var sheet = new BriefAnswerSheet(brief.QuestionnaireVersion, current.Value.Answers.ToDictionary(answer => answer.Key, answer => (string?)answer.Value));
        if (BriefQuestionnaire.ForVersion(brief.QuestionnaireVersion)!.Validate(sheet, ValidationMode.Submission) is { Count: > 0 } missing)
        {
            return RuleProblems.Unprocessable(missing,
                "The response cannot be submitted yet.",
                "Every required question needs an answer; the errors name the unanswered ones.");
        }
        if (await ResponseRecords.SubmitAsync(work, current.Value.Id, work.Now, version, cancellationToken) is not { } newVersion)
        {
            return PreconditionProblems.Stale();
        }
        var submitted = current.Value with { Status = ResponseStatus.Submitted, SubmittedAt = work.Now, UpdatedAt = work.Now };
        await work.AuditAsync("submit", ObjectType, submitted.Id, before: null, after: new { submitted.Status, submitted.SubmittedAt }, cancellationToken);
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)newVersion);
        return TypedResults.Ok(submitted);
    }

    /// <summary>The answers given: a blank answer is no answer, and is not kept.</summary>
    private static Dictionary<string, string> Given(BriefAnswerSheet sheet) =>
        sheet.Answers.Where(answer => !string.IsNullOrWhiteSpace(answer.Value)).ToDictionary(answer => answer.Key, answer => answer.Value!);
}

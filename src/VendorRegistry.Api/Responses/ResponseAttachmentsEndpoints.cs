using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Files;
using OutsourcingPortal.VendorRegistry.Api.Invitations;
using static OutsourcingPortal.VendorRegistry.Api.Responses.ResponseProblems;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>
/// Files a vendor attaches to its answers, one question at a time, while its response is a draft and the brief is open.
/// They belong to a saved draft (the first <c>PUT …/response</c> starts it), and change neither its answers nor its
/// version: an upload never makes the answer sheet's ETag stale. They are listed with the response, by question.
/// </summary>
public static class ResponseAttachmentsEndpoints
{
    /// <summary>
    /// How many files one response may carry, whatever their questions: with 10 MB each, a response keeps at most 200 MB
    /// in the database. Counted per response, as a cap per answer would still allow hundreds over the questionnaire.
    /// </summary>
    public const int MaxPerResponse = 20;

    public static IEndpointRouteBuilder MapResponseAttachmentsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/invitations/{id:guid}/response/attachments").WithTags("Invitations");
        group.MapPost("/", AttachAsync).RequireAuthorization(AccessPolicies.VendorMember);
        group.MapDelete("/{fileId:guid}", RemoveAsync).RequireAuthorization(AccessPolicies.VendorMember);
        return routes;
    }

    /// <summary>
    /// Attaches one file, sent as the raw body, to the answer of <c>?questionId=</c>; <c>?fileName=</c> is its display
    /// name only. As evidence: typed by content (415), at most 10 MB (413), not empty (422); at most
    /// <see cref="MaxPerResponse"/> files per response (409).
    /// </summary>
    private static async Task<Results<Created<FileResponse>, ValidationProblem, ProblemHttpResult>> AttachAsync(
        Guid id, string? questionId, string? fileName, HttpRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        // Checked before the body is read, so a refused upload is never read.
        await using (var check = await database.BeginAsync(cancellationToken))
        {
            var (_, refusal) = await CheckAsync(check, id, questionId, forUpdate: false, cancellationToken);
            await check.CommitAsync(cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }
        }
        // Read with no connection held, so a slow upload ties up neither the pool nor the response's lock.
        var (upload, problem) = await FileUpload.ReadAsync(request, fileName, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }
        // Checked again in the unit of work that stores it, whose time is after the body came in: the deadline, an award
        // or the submission may have come meanwhile. The response's lock makes uploads to it count their files in turn.
        await using var work = await database.BeginAsync(cancellationToken);
        var (draft, changed) = await CheckAsync(work, id, questionId, forUpdate: true, cancellationToken);
        if (draft is null)
        {
            await work.CommitAsync(cancellationToken);
            return changed!;
        }
        var file = await FileRecords.InsertAsync(work, draft.Brief.VendorId, upload, cancellationToken,
            stored => AuditedAttachment.Of(draft.Response.Id, questionId!, stored));
        await AttachmentRecords.InsertAsync(work, draft.Brief.TenantId, draft.Response, questionId!, file, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/files/{file.Id}", file);
    }

    /// <summary>
    /// Removes an attachment and its file from the draft. Removing a file that is not one of the draft's is 204 too and
    /// changes nothing, whether it was removed already or is another's: the attempt is audited as denied.
    /// </summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id, Guid fileId, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var (draft, refusal) = await FindDraftAsync(work, id, "remove-attachment", forUpdate: true, cancellationToken);
        if (draft is null)
        {
            await work.CommitAsync(cancellationToken);
            return refusal!;
        }
        if (await AttachmentRecords.FindAsync(work, draft.Response.Id, fileId, "delete", cancellationToken) is { } attachment)
        {
            await AttachmentRecords.DeleteAsync(work, fileId, cancellationToken);
            await work.AuditAsync("delete", FileRecords.ObjectType, fileId, before: attachment, after: null, cancellationToken);
        }
        await work.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The draft a file may be attached to, for the question, or why not (<see cref="FindDraftAsync"/>, 400, 409).</summary>
    private static async Task<(Draft? Draft, Results<Created<FileResponse>, ValidationProblem, ProblemHttpResult>? Refusal)> CheckAsync(
        UnitOfWork work, Guid invitationId, string? questionId, bool forUpdate, CancellationToken cancellationToken)
    {
        var (draft, refusal) = await FindDraftAsync(work, invitationId, "attach", forUpdate, cancellationToken);
        if (draft is null)
        {
            return (null, refusal!);
        }
        if (QuestionProblem(draft.Brief, questionId) is { } unknownQuestion)
        {
            return (null, unknownQuestion);
        }
        if (await AttachmentRecords.CountAsync(work, draft.Response.Id, cancellationToken) >= MaxPerResponse)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: $"The response has {MaxPerResponse} attachments, the most it takes.",
                detail: $"A response takes at most {MaxPerResponse} files: remove one to attach another."));
        }
        return (draft, null);
    }

    /// <summary>
    /// The vendor's draft response to the invitation, or why its attachments cannot change: 404 for an invitation it
    /// cannot see (audited as denied) or before its first draft, 409 once the brief is closed or the response submitted.
    /// </summary>
    private static async Task<(Draft? Draft, ProblemHttpResult? Refusal)> FindDraftAsync(
        UnitOfWork work, Guid invitationId, string action, bool forUpdate, CancellationToken cancellationToken)
    {
        var brief = await InvitationRecords.FindInvitedBriefAsync(work, invitationId, action, cancellationToken);
        if (brief is null)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The invitation was not found."));
        }
        if (ClosedProblem(brief) is { } closed)
        {
            return (null, closed);
        }
        var response = await ResponseRecords.FindByInvitationAsync(work, invitationId, cancellationToken, forUpdate);
        return response switch
        {
            null => (null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no response yet.",
                detail: "Files are attached to a draft: save the response once (PUT /invitations/{id}/response), then attach them.")),
            { Value.Status: ResponseStatus.Submitted } => (null, AlreadySubmitted()),
            _ => (new Draft(brief, response.Value), null),
        };
    }

    private static ValidationProblem? QuestionProblem(InvitedBrief brief, string? questionId) =>
        string.IsNullOrWhiteSpace(questionId)
            ? Invalid("Name the question the file belongs to.")
            : BriefQuestionnaire.ForVersion(brief.QuestionnaireVersion)!.FindQuestion(questionId) is null
                ? Invalid($"'{questionId}' is not a question of this brief's questionnaire (version {brief.QuestionnaireVersion}).")
                : null;

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["questionId"] = [message] });

    private sealed record Draft(InvitedBrief Brief, VendorResponseToBrief Response);
}

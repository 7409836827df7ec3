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
    public static IEndpointRouteBuilder MapResponseAttachmentsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/invitations/{id:guid}/response/attachments").WithTags("Invitations");
        group.MapPost("/", AttachAsync).RequireAuthorization(AccessPolicies.VendorMember);
        group.MapDelete("/{fileId:guid}", RemoveAsync).RequireAuthorization(AccessPolicies.VendorMember);
        return routes;
    }

    /// <summary>
    /// Attaches one file, sent as the raw body, to the answer of <c>?questionId=</c>; <c>?fileName=</c> is its display
    /// name only. As evidence: typed by content (415), at most 10 MB (413), not empty (422).
    /// </summary>
    private static async Task<Results<Created<FileResponse>, ValidationProblem, ProblemHttpResult>> AttachAsync(
        Guid id, string? questionId, string? fileName, HttpRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var (draft, refusal) = await FindDraftAsync(work, id, "attach", forUpdate: false, cancellationToken);
        if (draft is null)
        {
            await work.CommitAsync(cancellationToken);
            return refusal!;
        }
        if (QuestionProblem(draft.Brief, questionId) is { } unknownQuestion)
        {
            return unknownQuestion;
        }
        var (upload, problem) = await FileUpload.ReadAsync(request, fileName, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }
        // Locked only once the body is in, so a slow upload never holds up the vendor's saves; a submission that came
        // meanwhile wins.
        if (!await LockDraftAsync(work, draft.Response.Id, cancellationToken))
        {
            return AlreadySubmitted();
        }
        var file = await FileRecords.InsertAsync(work, draft.Brief.VendorId, upload, cancellationToken,
            stored => AuditedAttachment.Of(draft.Response.Id, questionId!, stored));
        await AttachmentRecords.InsertAsync(work, draft.Brief.TenantId, draft.Response, questionId!, file, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/files/{file.Id}", file);
    }

    /// <summary>Removes an attachment and its file from the draft; removing one that is not there is 204 too, and changes nothing.</summary>
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
        if (await AttachmentRecords.FindAsync(work, draft.Response.Id, fileId, cancellationToken) is { } attachment)
        {
            await AttachmentRecords.DeleteAsync(work, fileId, cancellationToken);
            await work.AuditAsync("delete", FileRecords.ObjectType, fileId, before: attachment, after: null, cancellationToken);
        }
        await work.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
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

    /// <summary>Locks the response while it is still a draft; false once it was submitted.</summary>
    private static async Task<bool> LockDraftAsync(UnitOfWork work, Guid responseId, CancellationToken cancellationToken) =>
        await work.ScalarAsync<int?>("select 1 from brief_responses where id = $1 and status = 'draft' for update", cancellationToken, responseId) is not null;

    private sealed record Draft(InvitedBrief Brief, VendorResponseToBrief Response);
}

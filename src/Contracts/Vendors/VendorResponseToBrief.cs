namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A vendor's answers to a brief's questionnaire (question id → text). Its vendor sees its own, draft or submitted;
/// the client sees it once submitted, with <see cref="VendorName"/> and whether it is shortlisted. The files attached
/// to answers are listed by question id, oldest first; their bytes are at <c>/files/{id}</c>.
/// </summary>
public sealed record VendorResponseToBrief(
    Guid Id,
    Guid BriefId,
    Guid InvitationId,
    Guid VendorId,
    string VendorName,
    ResponseStatus Status,
    int QuestionnaireVersion,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, IReadOnlyList<FileResponse>> Attachments,
    DateTimeOffset? SubmittedAt,
    bool Shortlisted,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

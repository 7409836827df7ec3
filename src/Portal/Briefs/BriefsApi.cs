using System.Globalization;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Portal.Gateway;

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>A client organization's briefs as the portal's pages use them, through the gateway as the signed-in person.</summary>
public sealed class BriefsApi(GatewayApiClient api)
{
    private const string Base = "/api/vendors";

    public async Task<BriefResponse> CreateAsync(object brief, CancellationToken cancellationToken) =>
        (await api.SendAsync<BriefResponse>(HttpMethod.Post, ApiRoutes.Briefs, brief, null, cancellationToken)).Value;

    public Task<(BriefResponse Value, string? ETag)> GetAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<BriefResponse>(HttpMethod.Get, ApiRoutes.Item(ApiRoutes.Briefs, id), null, null, cancellationToken);

    /// <summary>Replaces a draft's text, on the version last read.</summary>
    public Task<(BriefResponse Value, string? ETag)> UpdateAsync(Guid id, object brief, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<BriefResponse>(HttpMethod.Put, ApiRoutes.Item(ApiRoutes.Briefs, id), brief, etag, cancellationToken);

    public async Task<BriefResponse> IssueAsync(Guid id, CancellationToken cancellationToken) =>
        (await api.SendAsync<BriefResponse>(HttpMethod.Post, $"{ApiRoutes.Item(ApiRoutes.Briefs, id)}/issue", null, null, cancellationToken)).Value;

    public async Task<BriefResponse> ExtendDeadlineAsync(Guid id, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        (await api.SendAsync<BriefResponse>(HttpMethod.Post, $"{ApiRoutes.Item(ApiRoutes.Briefs, id)}/deadline", new { deadline }, null, cancellationToken)).Value;

    public async Task InviteAsync(Guid id, Guid vendorId, CancellationToken cancellationToken) =>
        await api.SendAsync<BriefInvitationResponse>(HttpMethod.Post, InvitationsPath(id), new { vendorId }, null, cancellationToken);

    public Task WithdrawAsync(Guid id, Guid invitationId, CancellationToken cancellationToken) =>
        api.SendAsync(HttpMethod.Delete, $"{InvitationsPath(id)}/{invitationId}", cancellationToken);

    /// <summary>The registered vendors a brief can go to, by name.</summary>
    public async Task<IReadOnlyList<VendorResponse>> VendorsAsync(CancellationToken cancellationToken) =>
        (await api.GetAsync<PagedResult<VendorResponse>>($"{ApiRoutes.Vendors}?pageSize=200", cancellationToken)).Items;

    /// <summary>The initiatives a brief can be written from, newest assessment first.</summary>
    public async Task<IReadOnlyList<AssessedInitiativeResponse>> AssessedInitiativesAsync(CancellationToken cancellationToken) =>
        (await api.GetAsync<PagedResult<AssessedInitiativeResponse>>($"{Base}/assessed-initiatives?pageSize=200", cancellationToken)).Items;

    public Task<VendorResponseToBrief> ResponseAsync(Guid id, Guid responseId, CancellationToken cancellationToken) =>
        api.GetAsync<VendorResponseToBrief>($"{ResponsesPath(id)}/{responseId}", cancellationToken);

    public async Task<VendorResponseToBrief> SetShortlistedAsync(Guid id, Guid responseId, bool shortlisted, CancellationToken cancellationToken) =>
        (await api.SendAsync<VendorResponseToBrief>(shortlisted ? HttpMethod.Post : HttpMethod.Delete,
            $"{ResponsesPath(id)}/{responseId}/shortlist", null, null, cancellationToken)).Value;

    /// <summary>Every submitted response ranked by the submitted scorecards, with spread, weighted points and red flags.</summary>
    public Task<BriefEvaluation> EvaluationAsync(Guid id, CancellationToken cancellationToken) =>
        api.GetAsync<BriefEvaluation>($"{ApiRoutes.Item(ApiRoutes.Briefs, id)}/evaluation", cancellationToken);

    /// <summary>Awards the brief to one submitted response, once; the other invitees see it closed.</summary>
    public async Task<BriefResponse> AwardAsync(Guid id, Guid responseId, string rationale, CancellationToken cancellationToken) =>
        (await api.SendAsync<BriefResponse>(HttpMethod.Post, $"{ApiRoutes.Item(ApiRoutes.Briefs, id)}/award", new { responseId, rationale }, null, cancellationToken)).Value;

    public async Task AnswerClarificationAsync(Guid id, Guid clarificationId, string answer, CancellationToken cancellationToken) =>
        await api.SendAsync<ClarificationResponse>(HttpMethod.Post, $"{ClarificationsPath(id)}/{clarificationId}/answer", new { answer }, null, cancellationToken);

    /// <summary>A questionnaire version, or the current one (which a vendor's first draft answers); for clients and vendors.</summary>
    public Task<BriefQuestionnaireView> QuestionnaireAsync(int? version, CancellationToken cancellationToken) =>
        api.GetAsync<BriefQuestionnaireView>($"{Base}/brief-questionnaires/{version?.ToString(CultureInfo.InvariantCulture) ?? "current"}", cancellationToken);

    public static string InvitationsPath(Guid id) => $"{ApiRoutes.Item(ApiRoutes.Briefs, id)}/invitations";

    public static string ResponsesPath(Guid id) => $"{ApiRoutes.Item(ApiRoutes.Briefs, id)}/responses";

    public static string ClarificationsPath(Guid id) => $"{ApiRoutes.Item(ApiRoutes.Briefs, id)}/clarifications";
}

using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Assessment;
using OutsourcingPortal.Portal.Gateway;

namespace OutsourcingPortal.Portal.Assessment;

/// <summary>The assessment API as the portal's pages use it, through the gateway as the signed-in person.</summary>
public sealed class AssessmentApi(GatewayApiClient api)
{
    private const string Base = "/api/assessment";

    public async Task<InitiativeResponse> CreateInitiativeAsync(string name, string useCase, CancellationToken cancellationToken) =>
        (await api.SendAsync<InitiativeResponse>(HttpMethod.Post, $"{Base}/initiatives", new { name, useCase }, null, cancellationToken)).Value;

    public Task<(InitiativeResponse Value, string? ETag)> GetInitiativeAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<InitiativeResponse>(HttpMethod.Get, $"{Base}/initiatives/{id}", null, null, cancellationToken);

    /// <summary>Replaces what is written about the initiative, on the version last read.</summary>
    public Task<(InitiativeResponse Value, string? ETag)> UpdateInitiativeAsync(
        Guid id, object details, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<InitiativeResponse>(HttpMethod.Put, $"{Base}/initiatives/{id}", details, etag, cancellationToken);

    /// <summary><c>archive</c> or <c>restore</c>.</summary>
    public Task<(InitiativeResponse Value, string? ETag)> ActOnInitiativeAsync(Guid id, string action, CancellationToken cancellationToken) =>
        api.SendAsync<InitiativeResponse>(HttpMethod.Post, $"{Base}/initiatives/{id}/{action}", null, null, cancellationToken);

    public async Task<Guid> StartAsync(Guid initiativeId, CancellationToken cancellationToken) =>
        (await api.SendAsync<AssessmentView>(HttpMethod.Post, $"{Base}/initiatives/{initiativeId}/assessments", null, null, cancellationToken)).Value.Id;

    public Task<(AssessmentView Value, string? ETag)> GetAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<AssessmentView>(HttpMethod.Get, $"{Base}/assessments/{id}", null, null, cancellationToken);

    public Task<QuestionnaireView> QuestionnaireAsync(int version, CancellationToken cancellationToken) =>
        api.GetAsync<QuestionnaireView>($"{Base}/questionnaires/{version}", cancellationToken);

    public Task<(AssessmentView Value, string? ETag)> SaveAnswersAsync(
        Guid id, int questionnaireVersion, JsonObject answers, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<AssessmentView>(HttpMethod.Put, $"{Base}/assessments/{id}/answers",
            new { questionnaireVersion, answers }, etag, cancellationToken);

    public Task<(AssessmentView Value, string? ETag)> CompleteAsync(Guid id, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<AssessmentView>(HttpMethod.Post, $"{Base}/assessments/{id}/complete", null, etag, cancellationToken);

    public Task<ComparisonView> CompareAsync(Guid id, Guid other, CancellationToken cancellationToken) =>
        api.GetAsync<ComparisonView>($"{Base}/assessments/{id}/compare?with={other}", cancellationToken);

    public async Task<IReadOnlyList<AssessmentSummaryView>> HistoryAsync(Guid initiativeId, CancellationToken cancellationToken) =>
        (await api.GetAsync<PagedResult<AssessmentSummaryView>>($"{HistoryPath(initiativeId)}?pageSize=200", cancellationToken)).Items;

    public Task<(JsonObject Value, string? ETag)> RubricAsync(CancellationToken cancellationToken) =>
        api.SendAsync<JsonObject>(HttpMethod.Get, $"{Base}/rubric", null, null, cancellationToken);

    public Task<(JsonObject Value, string? ETag)> SaveRubricAsync(JsonObject rubric, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<JsonObject>(HttpMethod.Put, $"{Base}/rubric", rubric, etag, cancellationToken);

    public static string HistoryPath(Guid initiativeId) => $"{Base}/initiatives/{initiativeId}/assessments";
}

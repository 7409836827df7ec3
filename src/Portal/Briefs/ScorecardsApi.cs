using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Portal.Gateway;

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>Scoring one submitted response: the signed-in evaluator's own scorecard, and the scorecards they may read.</summary>
public sealed class ScorecardsApi(GatewayApiClient api)
{
    /// <summary>The caller's own scorecard and its ETag, or none before its first save.</summary>
    public Task<(ScorecardResponse? Value, string? ETag)> OwnAsync(Guid briefId, Guid responseId, CancellationToken cancellationToken) =>
        api.FindAsync<ScorecardResponse>(ScorecardPath(briefId, responseId), cancellationToken);

    /// <summary>Saves the whole draft: the first save has no ETag, later ones the one last read.</summary>
    public Task<(ScorecardResponse Value, string? ETag)> SaveAsync(
        Guid briefId, Guid responseId, IReadOnlyDictionary<string, int?> scores, string? comment, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<ScorecardResponse>(HttpMethod.Put, ScorecardPath(briefId, responseId), new { scores, comment }, etag, cancellationToken);

    public Task<(ScorecardResponse Value, string? ETag)> SubmitAsync(Guid briefId, Guid responseId, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<ScorecardResponse>(HttpMethod.Post, $"{ScorecardPath(briefId, responseId)}/submit", null, etag, cancellationToken);

    /// <summary>The caller's own scorecard and, once it is submitted (executives: always), the others' submitted ones.</summary>
    public Task<ResponseScorecards> ListAsync(Guid briefId, Guid responseId, CancellationToken cancellationToken) =>
        api.GetAsync<ResponseScorecards>($"{BriefsApi.ResponsesPath(briefId)}/{responseId}/scorecards", cancellationToken);

    private static string ScorecardPath(Guid briefId, Guid responseId) => $"{BriefsApi.ResponsesPath(briefId)}/{responseId}/scorecard";
}

using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// The weighted criteria an organization scores vendors' responses with. Organizations edit it, starting from
/// <see cref="Default"/>; <see cref="Validate()"/> says whether an edit can be used.
/// </summary>
public sealed record ScoringTemplate(IReadOnlyList<ScoringCriterion> Criteria)
{
    /// <summary>
    /// One criterion per evaluation area of [000], plus technical due diligence, security, IP and ownership, the pilot
    /// proposal and price [001][002]. The articles give no weights, so every criterion starts equal.
    /// </summary>
    public static ScoringTemplate Default { get; } = DefaultScoringTemplate.Create();

    public ScoringCriterion? FindCriterion(string criterionId) => Criteria.FirstOrDefault(criterion => criterion.Id == criterionId);

    /// <summary>
    /// Errors in an edited template, keyed by the camelCase path of the field (<c>criteria[2].weight</c>), in
    /// ordinal key order, empty when scores can be given and aggregated with it.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate() => ScoringTemplateValidator.Validate(this);

    /// <summary>
    /// Errors in one evaluator's scores (criterion id → 1 to 5; null is no score), keyed by criterion id, in ordinal
    /// key order, empty when they are valid. Drafts may be partial; <see cref="ValidationMode.Submission"/> needs every criterion.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate(IReadOnlyDictionary<string, int?> scores, ValidationMode mode) =>
        ScoreValidator.Validate(this, scores, mode);
}

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// What to do. <see cref="Approach"/> comes first; when it is groundwork (discovery or data readiness first),
/// <see cref="ThenApproach"/> is how the initiative is expected to be delivered after it. The engagement model is
/// set when that delivery involves an outside team building (outsource or hybrid). <see cref="Reasons"/> explain
/// the approaches and the model; <see cref="Overruled"/> are rules that applied but lost on precedence.
/// </summary>
public sealed record Recommendation(
    Approach Approach,
    Approach? ThenApproach,
    EngagementModel? EngagementModel,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<Reason> Overruled)
{
    /// <summary>How the initiative itself gets delivered, after any groundwork.</summary>
    internal Approach Delivery => ThenApproach ?? Approach;

    internal bool PartnerBuilds => Delivery is Approach.Outsource or Approach.Hybrid;
}

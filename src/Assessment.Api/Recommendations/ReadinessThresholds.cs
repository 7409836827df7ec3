namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>Where readiness scores (0–100) turn into verdicts.</summary>
/// <param name="ReadyScore">The overall score from which an initiative is ready; a signal below it is flagged as a risk.</param>
/// <param name="SignalFloor">
/// A signal below this blocks: a vague use case starts with discovery, unready data with a data-readiness phase.
/// </param>
public sealed record ReadinessThresholds(int ReadyScore, int SignalFloor);

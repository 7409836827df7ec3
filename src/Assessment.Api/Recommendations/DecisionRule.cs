namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>A rule of the engine: a stable id, the domain statement it encodes, and the articles it comes from.</summary>
internal abstract record DecisionRule(string Id, string Statement, string Source);

namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>One weighted criterion a brief's responses are scored on (1 to 5), copied from the organization's template.</summary>
public sealed record BriefCriterion(string Id, string Name, decimal Weight, string Guidance);

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// One thing evaluators score a vendor's response on, from 1 to 5, and how much it counts towards the total. Only
/// the ratios of the weights matter; <see cref="Guidance"/> tells evaluators what a good answer shows.
/// </summary>
public sealed record ScoringCriterion(string Id, string Name, decimal Weight, string Guidance);

namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>An evaluator's decision that a red flag does not count against the response, and why.</summary>
public sealed record RedFlagDismissal(Guid Id, Guid ResponseId, string FlagKey, string Reason, Guid? DismissedById, string DismissedBy, DateTimeOffset DismissedAt);

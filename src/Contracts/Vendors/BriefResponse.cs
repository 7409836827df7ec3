namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>A brief as its client organization sees it, with how many vendors it has invited so far.</summary>
public sealed record BriefResponse(
    Guid Id, string Title, string Summary, DateTimeOffset Deadline, int InvitedVendors, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

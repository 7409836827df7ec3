namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>One vendor invited to answer a brief, as the client organization sees it.</summary>
public sealed record BriefInvitationResponse(Guid Id, Guid BriefId, Guid VendorId, string VendorName, DateTimeOffset InvitedAt);

using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Reminders;

/// <summary>A brief of the client organization as reminders read it: the brief, the vendors it invited, and how many have submitted.</summary>
public sealed record ClientBrief(BriefResponse Brief, IReadOnlyList<Guid> Invitees, int SubmittedResponses);

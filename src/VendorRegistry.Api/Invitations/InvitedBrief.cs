using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Invitations;

/// <summary>What a vendor's actions on an invitation depend on: whose brief it is, where it stands, and its questionnaire.</summary>
public sealed record InvitedBrief(
    Guid InvitationId, Guid TenantId, Guid BriefId, Guid VendorId, BriefStatus Status, DateTimeOffset Deadline, int QuestionnaireVersion);

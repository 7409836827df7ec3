using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>A later deadline for every invitee of an issued brief.</summary>
public sealed record ExtendDeadlineRequest([Required] DateTimeOffset? Deadline);

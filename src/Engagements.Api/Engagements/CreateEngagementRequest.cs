using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Engagements.Api.Engagements;

public sealed record CreateEngagementRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Required] Guid? VendorId,
    [Required, StringLength(200, MinimumLength = 1)] string VendorName);

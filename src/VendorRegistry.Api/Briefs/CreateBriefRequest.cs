using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>A new brief: what it asks for and by when the invited vendors must answer (in the future, checked on create).</summary>
public sealed record CreateBriefRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Title,
    [Required, StringLength(4000, MinimumLength = 1)] string Summary,
    [Required] DateTimeOffset? Deadline);

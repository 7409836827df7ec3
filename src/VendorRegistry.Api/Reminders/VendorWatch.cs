using OutsourcingPortal.VendorRegistry.Api.RedFlags;

namespace OutsourcingPortal.VendorRegistry.Api.Reminders;

/// <summary>A brief through which a vendor's certifications concern the reader, with the regulations it names.</summary>
internal sealed record VendorWatch(Guid VendorId, string BriefTitle, IReadOnlyList<Regulation> Regulations);

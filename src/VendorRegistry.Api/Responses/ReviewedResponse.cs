using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>A submitted response with the brief it answers, as the client evaluates it.</summary>
internal sealed record ReviewedResponse(BriefResponse Brief, VendorResponseToBrief Response);

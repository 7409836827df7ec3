using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>Invites one registered vendor (its organization id) to answer the brief.</summary>
public sealed record InviteVendorRequest([Required] Guid? VendorId);

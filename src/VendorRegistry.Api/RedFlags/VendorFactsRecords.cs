using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>What red-flag detection reads from a vendor's registry profile.</summary>
internal static class VendorFactsRecords
{
    /// <summary>The registry keeps no profile facts yet (a name and a website): nothing known, so no profile flag is raised.</summary>
    public static Task<VendorFacts> ForAsync(UnitOfWork work, Guid vendorId, CancellationToken cancellationToken) =>
        Task.FromResult(new VendorFacts(ProductionModelCount: null, TrackRecord: null, NamedTeamMembers: [], Certifications: []));
}

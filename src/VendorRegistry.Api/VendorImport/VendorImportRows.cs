using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>What one valid row does: registers the vendor, or replaces the profile of one already registered; audited either way.</summary>
internal static class VendorImportRows
{
    public static async Task UpsertAsync(UnitOfWork work, Guid id, VendorProfileRequest request, CancellationToken cancellationToken)
    {
        var current = await work.SingleOrDefaultAsync(
            $"{VendorRecords.SelectVersioned} for update",
            Versioned.Reader(VendorRecords.Read), cancellationToken, id);
        if (current is null)
        {
            await VendorRecords.InsertAsync(work, request.ToNewVendor(id, work.Now), cancellationToken);
            return;
        }
        var updated = request.ApplyTo(current.Value, work.Now);
        await VendorRecords.UpdateAsync(work, updated, current.Version, cancellationToken);
        await work.AuditAsync("update", VendorRecords.ObjectType, id, before: current.Value, after: updated, cancellationToken);
    }
}

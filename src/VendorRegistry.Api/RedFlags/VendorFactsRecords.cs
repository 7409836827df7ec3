using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>What red-flag detection reads from a vendor's registry profile: its track record, named team and certifications.</summary>
internal static class VendorFactsRecords
{
    private static readonly VendorFacts Unknown = new(ProductionModelCount: null, TrackRecord: null, NamedTeamMembers: [], Certifications: []);

    public static async Task<VendorFacts> ForAsync(UnitOfWork work, Guid vendorId, CancellationToken cancellationToken)
    {
        var certifications = await work.ListAsync(
            "select kind, expires_on from vendor_certifications where vendor_id = $1",
            row => RegistryCertifications.Of(KebabCaseEnum.Parse<CertificationKind>(row.GetString(0))) is { } certification
                ? new HeldCertification(certification, row.GetFieldValue<DateOnly>(1))
                : null,
            cancellationToken, vendorId);
        var facts = await work.SingleOrDefaultAsync(
            "select models_in_production, track_record, array(select m ->> 'name' from jsonb_array_elements(team_members) m) from vendors where id = $1",
            row => new VendorFacts(row.IsDBNull(0) ? null : row.GetInt32(0), row.IsDBNull(1) ? null : row.GetString(1),
                row.GetFieldValue<string[]>(2), [.. certifications.OfType<HeldCertification>()]),
            cancellationToken, vendorId);
        return facts ?? Unknown;
    }
}

using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Invitations;

namespace OutsourcingPortal.VendorRegistry.Api.Reminders;

/// <summary>What reminders are judged from, read under the caller's row-level security: its own briefs, invitations and certifications.</summary>
internal static class ReminderRecords
{
    /// <summary>
    /// The organization's briefs with the vendors each invited and how many submitted (a client sees only submitted
    /// responses). Awarded ones too, however old: their winners' certifications concern the client for as long as it
    /// works with them, and engagements have no end here yet, so no age bound would be right.
    /// </summary>
    public static Task<List<ClientBrief>> BriefsAsync(UnitOfWork work, CancellationToken cancellationToken) =>
        work.ListAsync(
            $"""
            select {BriefRecords.Columns},
                array(select i.vendor_id from brief_invitations i where i.brief_id = b.id),
                (select count(*)::int from brief_responses s where s.brief_id = b.id and s.status = 'submitted')
            from {BriefRecords.BriefsWithAward}
            """,
            // The two columns after the brief's, counted from the end so that they follow BriefRecords.Columns wherever it ends.
            row => new ClientBrief(BriefRecords.Read(row), row.GetFieldValue<Guid[]>(row.FieldCount - 2), row.GetInt32(row.FieldCount - 1)),
            cancellationToken);

    /// <summary>The vendor's issued invitations, as the vendor reads them.</summary>
    public static Task<List<VendorInvitationResponse>> InvitationsAsync(UnitOfWork work, CancellationToken cancellationToken) =>
        work.ListAsync($"select {InvitationRecords.Columns} from {InvitationRecords.InvitationsWithBriefs}", InvitationRecords.Read, cancellationToken);

    /// <summary>Every certification of the vendors, renewals included.</summary>
    public static Task<List<RecordedCertification>> CertificationsAsync(UnitOfWork work, IEnumerable<Guid> vendorIds, CancellationToken cancellationToken) =>
        work.ListAsync(
            """
            select c.id, c.vendor_id, v.name, c.kind, c.name, c.issued_on, c.expires_on
            from vendor_certifications c join vendors v on v.id = c.vendor_id
            where c.vendor_id = any($1)
            """,
            row => new RecordedCertification(row.GetGuid(0), row.GetGuid(1), row.GetString(2), KebabCaseEnum.Parse<CertificationKind>(row.GetString(3)),
                row.IsDBNull(4) ? null : row.GetString(4), row.GetFieldValue<DateOnly>(5), row.GetFieldValue<DateOnly>(6)),
            cancellationToken, vendorIds.Distinct().ToArray());
}

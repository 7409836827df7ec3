using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>A demo vendor's submitted response to a demo brief, written as that vendor (only a vendor writes its response).</summary>
internal sealed record DemoResponse(
    Guid Id, Guid InvitationId, Guid BriefId, Guid TenantId, Guid VendorId, string VendorName, Dictionary<string, string> Answers)
{
    private static readonly DateTimeOffset Submitted = new(2026, 11, 12, 15, 0, 0, TimeSpan.Zero);

    public async Task<int> SubmitAsync(UnitOfWork work, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into brief_responses (tenant_id, id, brief_id, invitation_id, vendor_id, status, answers, submitted_at, created_at, updated_at)
            values ($1, $2, $3, $4, $5, 'submitted', $6, $7, $7, $7)
            on conflict (id) do nothing
            """,
            cancellationToken, TenantId, Id, BriefId, InvitationId, VendorId, StoredJson.Parameter(Answers), Submitted);
        if (inserted == 0)
        {
            return 0;
        }
        await work.AuditAsync("submit", Responses.ResponseRecords.ObjectType, Id, before: null, after: Answers, cancellationToken);
        return 1;
    }
}

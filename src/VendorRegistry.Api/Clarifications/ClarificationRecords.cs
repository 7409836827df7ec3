using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Clarifications;

/// <summary>
/// How clarifications are stored and read. Row-level security shows a vendor its own questions and the answered ones
/// of briefs it is invited to. Only the client reads who asked: a vendor sees no other vendor's profile, so the join
/// is a left one, and the name is left out for vendors outright.
/// </summary>
internal static class ClarificationRecords
{
    public const string ObjectType = "clarification";

    public const string Columns =
        "c.id, c.brief_id, c.question, c.answer, case when app_tenant_id() is not null then v.name end, " +
        "c.asked_by_vendor_id = app_vendor_id(), c.created_at, c.answered_at";

    public const string ClarificationsWithVendors = "brief_clarifications c left join vendors v on v.id = c.asked_by_vendor_id";

    public static ClarificationResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3),
            row.IsDBNull(4) ? null : row.GetString(4), !row.IsDBNull(5) && row.GetBoolean(5),
            row.GetFieldValue<DateTimeOffset>(6), row.IsDBNull(7) ? null : row.GetFieldValue<DateTimeOffset>(7));
}

using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

/// <summary>How vendor profiles are stored: one place for the SQL the endpoints, the import and the demo data share.</summary>
internal static class VendorRecords
{
    public const string ObjectType = "vendor";

    public const string Columns =
        "id, name, website, capabilities, verticals, regions, time_zones, rate_card::text, engagement_models, models_in_production, " +
        "track_record, team_members::text, retention_percent, encryption_in_transit, encryption_at_rest, access_control_and_audit_logs, " +
        "data_residency, gdpr, ccpa, hipaa, ai_assistant_usage, created_at, updated_at";

    // The profile's columns in the order ProfileValues gives them, bound from $2.
    private const string ProfileColumns =
        "name, website, capabilities, verticals, regions, time_zones, rate_card, engagement_models, models_in_production, track_record, " +
        "team_members, retention_percent, encryption_in_transit, encryption_at_rest, access_control_and_audit_logs, data_residency, " +
        "gdpr, ccpa, hipaa, ai_assistant_usage, updated_at";

    /// <summary>The fields a list may be sorted by, as they appear in the JSON.</summary>
    public static readonly ListSort Sort = new(new Dictionary<string, string>
    {
        ["name"] = "lower(name)",
        ["modelsInProduction"] = "models_in_production",
        ["retentionPercent"] = "retention_percent",
        ["createdAt"] = "created_at",
        ["updatedAt"] = "updated_at",
    }, defaultSort: "name");

    /// <summary>Registers the profile and audits it; false if the vendor organization has one already.</summary>
    public static async Task<bool> InsertAsync(UnitOfWork work, VendorResponse vendor, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            $"""
            insert into vendors (id, {ProfileColumns}, created_at, created_by)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
            on conflict (id) do nothing
            """,
            cancellationToken, [vendor.Id, .. ProfileValues(vendor), vendor.CreatedAt, work.Actor.Id]);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, vendor.Id, before: null, after: vendor, cancellationToken);
        return true;
    }

    /// <summary>Writes the whole profile if the row is still at <paramref name="version"/>; its new version, or null when stale.</summary>
    public static Task<long?> UpdateAsync(UnitOfWork work, VendorResponse vendor, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"""
            update vendors set ({ProfileColumns}) =
                ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
            where id = $1 and {Versioned.Matches(23)}
            returning {Versioned.Column}
            """,
            cancellationToken, [vendor.Id, .. ProfileValues(vendor), Versioned.Parameter(version)]);

    /// <summary>One profile (<c>$1</c>) with its version.</summary>
    public const string SelectVersioned = $"select {Columns}, {Versioned.Column} from vendors where id = $1";

    /// <summary>The profile with its version, if the actor may see it; otherwise the attempt is audited as denied.</summary>
    public static Task<Versioned<VendorResponse>?> FindVersionedAsync(UnitOfWork work, Guid id, string action, CancellationToken cancellationToken) =>
        work.FindAsync(ObjectType, id, action, SelectVersioned, Versioned.Reader(Read), cancellationToken);

    public static VendorResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), Text(row, 2),
            Enums<VendorCapability>(row, 3), Enums<Vertical>(row, 4), Enums<DeliveryRegion>(row, 5), row.GetFieldValue<string[]>(6),
            Json<List<RateCardEntry>>(row, 7), Enums<EngagementModel>(row, 8),
            row.IsDBNull(9) ? null : row.GetInt32(9), Text(row, 10), Json<List<TeamMember>>(row, 11),
            row.IsDBNull(12) ? null : row.GetDecimal(12),
            new SecurityPractices(row.GetBoolean(13), row.GetBoolean(14), row.GetBoolean(15), Text(row, 16),
                row.GetBoolean(17), row.GetBoolean(18), row.GetBoolean(19)),
            Text(row, 20), row.GetFieldValue<DateTimeOffset>(21), row.GetFieldValue<DateTimeOffset>(22));

    private static object?[] ProfileValues(VendorResponse vendor) =>
    [
        vendor.Name, vendor.Website, Texts(vendor.Capabilities), Texts(vendor.Verticals), Texts(vendor.Regions), vendor.TimeZones.ToArray(),
        Jsonb(vendor.RateCard), Texts(vendor.EngagementModels), vendor.ModelsInProduction, vendor.TrackRecord, Jsonb(vendor.TeamMembers),
        vendor.RetentionPercent, vendor.Security.EncryptionInTransit, vendor.Security.EncryptionAtRest,
        vendor.Security.AccessControlAndAuditLogs, vendor.Security.DataResidency, vendor.Security.Gdpr, vendor.Security.Ccpa,
        vendor.Security.Hipaa, vendor.AiAssistantUsage, vendor.UpdatedAt,
    ];

    private static string[] Texts<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum => [.. values.Select(KebabCaseEnum.ToText)];

    private static List<TEnum> Enums<TEnum>(NpgsqlDataReader row, int ordinal) where TEnum : struct, Enum =>
        [.. row.GetFieldValue<string[]>(ordinal).Select(KebabCaseEnum.Parse<TEnum>)];

    private static NpgsqlParameter Jsonb<T>(T value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = JsonSerializer.Serialize(value, WireJson.Options) };

    private static T Json<T>(NpgsqlDataReader row, int ordinal) => JsonSerializer.Deserialize<T>(row.GetString(ordinal), WireJson.Options)!;

    private static string? Text(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}

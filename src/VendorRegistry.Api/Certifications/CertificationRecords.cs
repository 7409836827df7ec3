using System.Text.Json;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Files;

namespace OutsourcingPortal.VendorRegistry.Api.Certifications;

/// <summary>How certifications and their evidence are stored: the SQL the endpoints and the demo data share.</summary>
internal static class CertificationRecords
{
    public const string ObjectType = "certification";

    /// <summary>A certification (as <c>c</c>) with its evidence files, oldest first.</summary>
    public static readonly string Columns =
        "c.id, c.vendor_id, c.kind, c.name, c.issued_on, c.expires_on, c.created_at, c.updated_at, " +
        $"coalesce((select json_agg({FileRecords.JsonOf("f")} order by f.created_at, f.id) " +
        "from certification_evidence e join files f on f.id = e.file_id where e.certification_id = c.id), '[]')::text";

    public static async Task<bool> InsertAsync(UnitOfWork work, CertificationResponse certification, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into vendor_certifications (id, vendor_id, kind, name, issued_on, expires_on, created_at, updated_at, created_by)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            on conflict (id) do nothing
            """,
            cancellationToken, certification.Id, certification.VendorId, KebabCaseEnum.ToText(certification.Kind), certification.Name,
            certification.IssuedOn, certification.ExpiresOn, certification.CreatedAt, certification.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, certification.Id, before: null, after: certification, cancellationToken);
        return true;
    }

    /// <summary>Writes the certification if the row is still at <paramref name="version"/>; its new version, or null when stale.</summary>
    public static Task<long?> UpdateAsync(UnitOfWork work, CertificationResponse certification, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"""
            update vendor_certifications set kind = $2, name = $3, issued_on = $4, expires_on = $5, updated_at = $6
            where id = $1 and {Versioned.Matches(7)}
            returning {Versioned.Column}
            """,
            cancellationToken, certification.Id, KebabCaseEnum.ToText(certification.Kind), certification.Name, certification.IssuedOn,
            certification.ExpiresOn, certification.UpdatedAt, Versioned.Parameter(version));

    /// <summary>Attaches a stored file to the certification as evidence.</summary>
    public static Task<int> AttachAsync(UnitOfWork work, CertificationResponse certification, FileResponse file, CancellationToken cancellationToken) =>
        work.ExecuteAsync(
            "insert into certification_evidence (certification_id, file_id, vendor_id, created_at) values ($1, $2, $3, $4)",
            cancellationToken, certification.Id, file.Id, certification.VendorId, file.UploadedAt);

    public static Task<Versioned<CertificationResponse>?> FindVersionedAsync(
        UnitOfWork work, Guid id, string action, DateOnly today, CancellationToken cancellationToken) =>
        work.FindAsync(ObjectType, id, action,
            $"select {Columns}, c.{Versioned.Column} from vendor_certifications c where c.id = $1",
            Versioned.Reader(Reader(today)), cancellationToken);

    /// <summary>Reads a row of <see cref="Columns"/>, with its status on <paramref name="today"/>.</summary>
    public static Func<NpgsqlDataReader, CertificationResponse> Reader(DateOnly today) => row =>
    {
        var issuedOn = row.GetFieldValue<DateOnly>(4);
        var expiresOn = row.GetFieldValue<DateOnly>(5);
        return new CertificationResponse(row.GetGuid(0), row.GetGuid(1), KebabCaseEnum.Parse<CertificationKind>(row.GetString(2)),
            row.IsDBNull(3) ? null : row.GetString(3), issuedOn, expiresOn, CertificationValidity.StatusOn(issuedOn, expiresOn, today),
            JsonSerializer.Deserialize<List<FileResponse>>(row.GetString(8), WireJson.Options)!,
            row.GetFieldValue<DateTimeOffset>(6), row.GetFieldValue<DateTimeOffset>(7));
    };
}

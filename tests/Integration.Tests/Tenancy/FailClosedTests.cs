using Npgsql;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Tenancy;

/// <summary>With no tenant set, the services' login reads nothing from any tenant table, however full it is.</summary>
[Collection(AppCollection.Name)]
public sealed class FailClosedTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(ServiceDatabases.All), MemberType = typeof(ServiceDatabases))]
    public async Task Without_a_tenant_every_tenant_table_reads_as_empty(string database)
    {
        await AccessScenario.GetAsync(fixture);
        await using var superuser = ServiceDatabases.Superuser(fixture, database);
        await superuser.OpenAsync();
        await using var application = ServiceDatabases.Application(fixture, database);
        await application.OpenAsync();
        var tables = await CatalogTests.ReadAsync(superuser,
            """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'r'
              and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
            """,
            row => row.GetString(0));

        var counts = new List<(string Table, long All, long Visible)>();
        foreach (var table in tables)
        {
            // Table names come from the catalog, not from input.
            var sql = $"select count(*) from \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts.Add((table, await CountAsync(superuser, sql), await CountAsync(application, sql)));
        }

        if (database != "portaldb")
        {
            // The scenario put rows in every service database, so "empty" is not just an empty table.
            Assert.Contains(counts, count => count.All > 0);
        }
        Assert.All(counts, count => Assert.True(count.Visible == 0, $"{database}.{count.Table}: {count.Visible} of {count.All} rows visible without a tenant"));
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

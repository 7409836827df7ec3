using Npgsql;

namespace OutsourcingPortal.Integration.Tests.Tenancy;

/// <summary>What PostgreSQL itself says about isolation: the guarantees hold in the catalog, not only in our code.</summary>
[Collection(AppCollection.Name)]
public sealed class CatalogTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(ServiceDatabases.All), MemberType = typeof(ServiceDatabases))]
    public async Task Every_table_with_a_tenant_has_row_security_enabled_forced_and_a_policy(string database)
    {
        await using var connection = ServiceDatabases.Superuser(fixture, database);
        await connection.OpenAsync();
        var tables = await ReadAsync(connection,
            """
            select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (select count(*) from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname),
                   (select a.attnum from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'p')
              and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
            """,
            row => (Table: row.GetString(0), Enabled: row.GetBoolean(1), Forced: row.GetBoolean(2), Policies: row.GetInt64(3), Position: row.GetInt16(4)));

        Assert.Contains(tables, table => table.Table == "audit_log");
        Assert.All(tables, table =>
        {
            Assert.True(table.Enabled, $"{database}.{table.Table}: row level security is not enabled");
            Assert.True(table.Forced, $"{database}.{table.Table}: row level security is not forced");
            Assert.True(table.Policies > 0, $"{database}.{table.Table}: no policy");
            Assert.True(table.Position == 1, $"{database}.{table.Table}: tenant_id is not the first column");
        });
    }

    [Theory]
    [MemberData(nameof(ServiceDatabases.All), MemberType = typeof(ServiceDatabases))]
    public async Task Every_table_with_a_tenant_has_an_index_that_leads_with_it(string database)
    {
        await using var connection = ServiceDatabases.Superuser(fixture, database);
        await connection.OpenAsync();
        var unindexed = await ReadAsync(connection,
            """
            select c.relname
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute t on t.attrelid = c.oid and t.attname = 'tenant_id' and not t.attisdropped
            where n.nspname = 'public' and c.relkind = 'r'
              and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indkey[0] = t.attnum)
            """,
            row => row.GetString(0));

        Assert.Empty(unindexed);
    }

    [Theory]
    [MemberData(nameof(ServiceDatabases.All), MemberType = typeof(ServiceDatabases))]
    public async Task The_application_role_owns_nothing_and_has_no_privilege_beyond_its_grants(string database)
    {
        var role = ServiceDatabases.ApplicationRole(fixture, database);
        await using var connection = ServiceDatabases.Superuser(fixture, database);
        await connection.OpenAsync();

        var attributes = await ReadAsync(connection,
            "select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication from pg_roles where rolname = $1",
            row => new[] { row.GetBoolean(0), row.GetBoolean(1), row.GetBoolean(2), row.GetBoolean(3), row.GetBoolean(4) }, role);
        var owned = await ReadAsync(connection,
            """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relowner = (select oid from pg_roles where rolname = $1)
            union all
            select datname from pg_database where datdba = (select oid from pg_roles where rolname = $1)
            union all
            select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname = 'public' and p.proowner = (select oid from pg_roles where rolname = $1)
            """,
            row => row.GetString(0), role);
        var memberships = await ReadAsync(connection,
            "select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid where m.member = (select oid from pg_roles where rolname = $1)",
            row => row.GetString(0), role);

        Assert.Equal([false, false, false, false, false], Assert.Single(attributes));
        Assert.Empty(owned);
        Assert.Empty(memberships);
    }

    internal static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}

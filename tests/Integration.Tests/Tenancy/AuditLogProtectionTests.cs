using Npgsql;

namespace OutsourcingPortal.Integration.Tests.Tenancy;

/// <summary>The audit log is append-only for the services: their login can add rows, never change or remove them.</summary>
[Collection(AppCollection.Name)]
public sealed class AuditLogProtectionTests(AppFixture fixture)
{
    public static TheoryData<string, string> Tampering()
    {
        var data = new TheoryData<string, string>();
        foreach (var database in ServiceDatabases.Names)
        {
            data.Add(database, "update audit_log set action = 'rewritten'");
            data.Add(database, "delete from audit_log");
            data.Add(database, "truncate audit_log");
            data.Add(database, "alter table audit_log disable row level security");
            data.Add(database, "drop table audit_log");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task The_application_role_cannot_alter_the_audit_log(string database, string statement)
    {
        await using var connection = ServiceDatabases.Application(fixture, database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(statement, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        // 42501: insufficient privilege.
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }
}

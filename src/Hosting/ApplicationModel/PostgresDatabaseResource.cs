using Npgsql;

namespace OutsourcingPortal.Hosting.ApplicationModel;

public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : Resource(name), IResourceWithConnectionString
{
    public string DatabaseName { get; } = ResourceNames.ValidateSqlIdentifier(databaseName);

    public PostgresServerResource Server { get; } = server;

    public string ConnectionString =>
        new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = DatabaseName }.ConnectionString;

    public string ConnectionStringExpression => $"{{{Server.Name}.connectionString}};Database={DatabaseName}";
}

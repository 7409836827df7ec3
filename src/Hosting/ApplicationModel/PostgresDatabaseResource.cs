using Npgsql;

namespace OutsourcingPortal.Hosting.ApplicationModel;

/// <summary>
/// A database with two logins, so that row-level security means something: the owner role owns the database and
/// applies the service's migrations; the application role, which the service's queries run as, owns nothing and
/// has no BYPASSRLS. A project that references the database gets <c>ConnectionStrings__{name}</c> (application)
/// and <c>ConnectionStrings__{name}-migrations</c> (owner).
/// </summary>
public sealed class PostgresDatabaseResource : Resource, IResourceWithConnectionString
{
    public const string MigrationsSuffix = "-migrations";

    public PostgresDatabaseResource(
        string name, string databaseName, PostgresServerResource server, ParameterResource ownerPassword, ParameterResource applicationPassword)
        : base(name)
    {
        DatabaseName = ResourceNames.ValidateSqlIdentifier(databaseName);
        Server = server;
        OwnerPassword = ownerPassword;
        ApplicationPassword = applicationPassword;
    }

    public string DatabaseName { get; }

    public PostgresServerResource Server { get; }

    public string OwnerRole => $"{DatabaseName}_owner";

    public string ApplicationRole => $"{DatabaseName}_app";

    public ParameterResource OwnerPassword { get; }

    public ParameterResource ApplicationPassword { get; }

    public string MigrationConnectionName => Name + MigrationsSuffix;

    public string ConnectionString => Login(ApplicationRole, ApplicationPassword);

    public string MigrationConnectionString => Login(OwnerRole, OwnerPassword);

    public string ConnectionStringExpression => LoginExpression(ApplicationRole, ApplicationPassword);

    public string MigrationConnectionStringExpression => LoginExpression(OwnerRole, OwnerPassword);

    private string Login(string role, ParameterResource password) =>
        new NpgsqlConnectionStringBuilder(Server.ConnectionString)
        {
            Database = DatabaseName,
            Username = role,
            Password = password.Value,
        }.ConnectionString;

    // In a cluster both roles are created by whoever provisions the server (see README, "Deploying").
    private string LoginExpression(string role, ParameterResource password) =>
        $"Host={{{Server.Name}.bindings.tcp.host}};Port={{{Server.Name}.bindings.tcp.port}};Username={role};Password={{{password.Name}.value}};Database={DatabaseName}";
}

namespace OutsourcingPortal.Hosting.ApplicationModel;

public sealed class PostgresServerResource(string name, ParameterResource password) : Resource(name), IResourceWithConnectionString
{
    public const string UserName = "postgres";
    public const string Image = "docker.io/library/postgres";
    public const string ImageTag = "17.6";
    public const int DefaultPort = 5432;

    public ParameterResource Password { get; } = password;

    public IList<PostgresDatabaseResource> Databases { get; } = [];

    /// <summary>Set when configuration names an existing server; the AppHost then starts none.</summary>
    public string? ExternalConnectionString { get; internal set; }

    public int Port { get; internal set; }

    public string ConnectionString => ExternalConnectionString
        ?? $"Host=127.0.0.1;Port={Port};Username={UserName};Password={Password.Value}";

    public string ConnectionStringExpression =>
        $"Host={{{Name}.bindings.tcp.host}};Port={{{Name}.bindings.tcp.port}};Username={UserName};Password={{{Password.Name}.value}}";
}

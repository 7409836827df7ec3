namespace OutsourcingPortal.Hosting.ApplicationModel;

public sealed class RedisResource(string name) : Resource(name), IResourceWithConnectionString
{
    public const string Image = "docker.io/library/redis";
    public const string ImageTag = "7.4";
    public const int DefaultPort = 6379;

    /// <summary>Set when configuration names an existing server; the AppHost then starts none.</summary>
    public string? ExternalConnectionString { get; internal set; }

    public int Port { get; internal set; }

    public string ConnectionString => ExternalConnectionString ?? $"127.0.0.1:{Port}";

    public string ConnectionStringExpression => $"{{{Name}.bindings.tcp.host}}:{{{Name}.bindings.tcp.port}}";
}

using System.Globalization;

namespace OutsourcingPortal.Hosting.ApplicationModel;

/// <summary>
/// The environment a project receives, in Aspire's conventions. The same rules serve the running AppHost
/// (live values) and the manifest (expressions a deployment tool fills in), so the two cannot drift apart.
/// </summary>
public static class ProjectEnvironment
{
    private static readonly KeyValuePair<string, string>[] TelemetryDefaults =
    [
        new("OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EXCEPTION_LOG_ATTRIBUTES", "true"),
        new("OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EVENT_LOG_ATTRIBUTES", "true"),
        new("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY", "in_memory"),
        new("ASPNETCORE_FORWARDEDHEADERS_ENABLED", "true"),
    ];

    public static SortedDictionary<string, string> ForManifest(ProjectResource project)
    {
        var environment = Common(project);
        environment["HTTP_PORTS"] = $"{{{project.Name}.bindings.http.targetPort}}";
        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case PostgresDatabaseResource database:
                    environment[$"ConnectionStrings__{database.Name}"] = $"{{{database.Name}.connectionString}}";
                    environment[$"ConnectionStrings__{database.MigrationConnectionName}"] = database.MigrationConnectionStringExpression;
                    break;
                case IResourceWithConnectionString source:
                    environment[$"ConnectionStrings__{source.Name}"] = $"{{{source.Name}.connectionString}}";
                    break;
                case ProjectResource service:
                    environment[$"services__{service.Name}__http__0"] = $"{{{service.Name}.bindings.http.url}}";
                    break;
            }
        }
        return environment;
    }

    public static SortedDictionary<string, string> ForRun(ProjectResource project, string environmentName, string? otlpEndpoint)
    {
        var environment = Common(project);
        environment["ASPNETCORE_URLS"] = project.HttpUrl.ToString().TrimEnd('/');
        environment["ASPNETCORE_ENVIRONMENT"] = environmentName;
        environment["DOTNET_ENVIRONMENT"] = environmentName;
        environment["OTEL_SERVICE_NAME"] = project.Name;
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={project.Name}-{project.Port.ToString(CultureInfo.InvariantCulture)}";
        if (!string.IsNullOrWhiteSpace(otlpEndpoint))
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
        }
        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case PostgresDatabaseResource database:
                    environment[$"ConnectionStrings__{database.Name}"] = database.ConnectionString;
                    environment[$"ConnectionStrings__{database.MigrationConnectionName}"] = database.MigrationConnectionString;
                    break;
                case IResourceWithConnectionString source:
                    environment[$"ConnectionStrings__{source.Name}"] = source.ConnectionString;
                    break;
                case ProjectResource service:
                    environment[$"services__{service.Name}__http__0"] = service.HttpUrl.ToString().TrimEnd('/');
                    break;
            }
        }
        return environment;
    }

    private static SortedDictionary<string, string> Common(ProjectResource project)
    {
        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in TelemetryDefaults.Concat(project.Environment))
        {
            environment[key] = value;
        }
        return environment;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Publishing;

/// <summary>
/// Writes the Aspire 8/9 deployment manifest (schema aspire-8.0.json): servers become the containers a cluster
/// runs, projects keep their paths, bindings and environment, so Aspirate or azd can deploy the system.
/// </summary>
public static class ManifestPublisher
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(DistributedApplicationBuilder builder, string outputPath)
    {
        var manifest = Create(builder, Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, manifest.ToJsonString(Indented) + "\n");
    }

    public static JsonObject Create(DistributedApplicationBuilder builder, string manifestDirectory)
    {
        var resources = new JsonObject();
        foreach (var resource in builder.Resources)
        {
            resources[resource.Name] = resource switch
            {
                ParameterResource parameter => Parameter(parameter),
                PostgresServerResource server => Postgres(server),
                PostgresDatabaseResource database => new JsonObject
                {
                    ["type"] = "value.v0",
                    ["connectionString"] = database.ConnectionStringExpression,
                },
                RedisResource redis => Redis(redis),
                ProjectResource project => Project(project, manifestDirectory),
                _ => throw new NotSupportedException($"{resource.GetType().Name} has no manifest form."),
            };
        }
        return new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/aspire-8.0.json",
            ["resources"] = resources,
        };
    }

    private static JsonObject Parameter(ParameterResource parameter) => new()
    {
        ["type"] = "parameter.v0",
        ["value"] = $"{{{parameter.Name}.inputs.value}}",
        ["inputs"] = new JsonObject
        {
            ["value"] = new JsonObject
            {
                ["type"] = "string",
                ["secret"] = parameter.Secret,
                ["default"] = new JsonObject
                {
                    ["generate"] = new JsonObject { ["minLength"] = parameter.GeneratedMinLength },
                },
            },
        },
    };

    private static JsonObject Postgres(PostgresServerResource server) => new()
    {
        ["type"] = "container.v0",
        ["connectionString"] = server.ConnectionStringExpression,
        ["image"] = $"{PostgresServerResource.Image}:{PostgresServerResource.ImageTag}",
        ["env"] = new JsonObject
        {
            ["POSTGRES_HOST_AUTH_METHOD"] = "scram-sha-256",
            ["POSTGRES_INITDB_ARGS"] = "--auth-host=scram-sha-256 --auth-local=scram-sha-256",
            ["POSTGRES_USER"] = PostgresServerResource.UserName,
            ["POSTGRES_PASSWORD"] = $"{{{server.Password.Name}.value}}",
        },
        ["bindings"] = TcpBinding(PostgresServerResource.DefaultPort),
    };

    private static JsonObject Redis(RedisResource redis) => new()
    {
        ["type"] = "container.v0",
        ["connectionString"] = redis.ConnectionStringExpression,
        ["image"] = $"{RedisResource.Image}:{RedisResource.ImageTag}",
        ["bindings"] = TcpBinding(RedisResource.DefaultPort),
    };

    private static JsonObject TcpBinding(int targetPort) => new()
    {
        ["tcp"] = new JsonObject
        {
            ["scheme"] = "tcp",
            ["protocol"] = "tcp",
            ["transport"] = "tcp",
            ["targetPort"] = targetPort,
        },
    };

    private static JsonObject Project(ProjectResource project, string manifestDirectory)
    {
        var http = new JsonObject
        {
            ["scheme"] = "http",
            ["protocol"] = "tcp",
            ["transport"] = "http",
        };
        if (project.IsExternal)
        {
            http["external"] = true;
        }
        var environment = new JsonObject();
        foreach (var (key, value) in ProjectEnvironment.ForManifest(project))
        {
            environment[key] = value;
        }
        return new JsonObject
        {
            ["type"] = "project.v0",
            ["path"] = Path.GetRelativePath(manifestDirectory, project.Metadata.ProjectPath).Replace('\\', '/'),
            ["env"] = environment,
            ["bindings"] = new JsonObject { ["http"] = http },
        };
    }
}

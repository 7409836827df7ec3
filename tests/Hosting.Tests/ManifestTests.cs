using System.Text.Json.Nodes;

namespace OutsourcingPortal.Hosting.Tests;

public sealed class ManifestTests
{
    private static readonly string CommittedManifest = Path.Combine(RepositoryPaths.Root, "aspire-manifest.json");

    // Publishing starts a process; every test reads the same output.
    private static readonly Lazy<Task<string>> Published = new(PublishManifestAsync);

    [Fact]
    public async Task The_committed_manifest_is_exactly_what_the_AppHost_publishes()
    {
        var generated = await Published.Value;

        Assert.Equal(await File.ReadAllTextAsync(CommittedManifest), generated);
    }

    [Fact]
    public async Task The_published_manifest_validates_against_the_Aspire_8_schema()
    {
        // ajv, the validator the schema's own README names: .NET validators here misread its oneOf branches.
        var ajv = Path.Combine(RepositoryPaths.Root, ".tools", "node_modules", ".bin", "ajv");
        Assert.True(File.Exists(ajv), $"{ajv} is missing: ./test.sh installs it (npm install --prefix .tools ajv-cli@5).");
        var manifest = Path.Combine(Path.GetTempPath(), $"aspire-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, await Published.Value);
        try
        {
            var schema = Path.Combine(RepositoryPaths.Shared, "schemas", "aspire-8.0.json");
            var (exitCode, output) = await ExternalCommand.RunAsync(ajv, "validate", "--spec=draft7", "--strict=false", "-s", schema, "-d", manifest);

            Assert.True(exitCode == 0, output);
            Assert.Contains("valid", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    [Fact]
    public async Task The_manifest_describes_servers_as_containers_and_databases_as_values_with_two_logins()
    {
        var resources = JsonNode.Parse(await Published.Value)!["resources"]!;

        Assert.Equal("container.v0", (string?)resources["postgres"]!["type"]);
        Assert.StartsWith("docker.io/library/postgres:", (string?)resources["postgres"]!["image"], StringComparison.Ordinal);
        Assert.Equal("container.v0", (string?)resources["cache"]!["type"]);
        Assert.Equal("parameter.v0", (string?)resources["postgres-password"]!["type"]);
        Assert.True((bool?)resources["postgres-password"]!["inputs"]!["value"]!["secret"]);
        foreach (var database in new[] { "assessmentdb", "vendordb", "engagementdb", "reportingdb", "portaldb" })
        {
            Assert.Equal("value.v0", (string?)resources[database]!["type"]);
            Assert.Equal(
                $"Host={{postgres.bindings.tcp.host}};Port={{postgres.bindings.tcp.port}};Username={database}_app;Password={{{database}-app-password.value}};Database={database}",
                (string?)resources[database]!["connectionString"]);
            Assert.True((bool?)resources[$"{database}-owner-password"]!["inputs"]!["value"]!["secret"]);
        }
    }

    [Fact]
    public async Task Projects_receive_their_references_in_Aspire_conventions_and_only_the_gateway_is_external()
    {
        var resources = JsonNode.Parse(await Published.Value)!["resources"]!;

        var assessment = resources["assessment-api"]!;
        Assert.Equal("project.v0", (string?)assessment["type"]);
        Assert.Equal("src/Assessment.Api/Assessment.Api.csproj", (string?)assessment["path"]);
        Assert.Equal("{assessmentdb.connectionString}", (string?)assessment["env"]!["ConnectionStrings__assessmentdb"]);
        Assert.Contains("Username=assessmentdb_owner;", (string?)assessment["env"]!["ConnectionStrings__assessmentdb-migrations"], StringComparison.Ordinal);
        Assert.Equal("{portal.bindings.http.url}", (string?)assessment["env"]!["services__portal__http__0"]);
        Assert.Equal("{cache.connectionString}", (string?)assessment["env"]!["ConnectionStrings__cache"]);
        Assert.Equal("{assessment-api.bindings.http.targetPort}", (string?)assessment["env"]!["HTTP_PORTS"]);
        Assert.Null(assessment["bindings"]!["http"]!["external"]);

        var gateway = resources["gateway"]!;
        Assert.Equal("{assessment-api.bindings.http.url}", (string?)gateway["env"]!["services__assessment-api__http__0"]);
        Assert.Equal("{portal.bindings.http.url}", (string?)gateway["env"]!["services__portal__http__0"]);
        Assert.True((bool?)gateway["bindings"]!["http"]!["external"]);
    }

    /// <summary>Runs the AppHost exactly as the README says, into a scratch file beside the committed one.</summary>
    private static async Task<string> PublishManifestAsync()
    {
        var output = Path.Combine(RepositoryPaths.Root, $"aspire-manifest.{Guid.NewGuid():N}.tmp");
        try
        {
            var (exitCode, log) = await ExternalCommand.RunAsync(
                "dotnet", "exec", RepositoryPaths.AppHostAssembly, "--publisher", "manifest", "--output-path", output);
            Assert.True(exitCode == 0, log);
            return await File.ReadAllTextAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}

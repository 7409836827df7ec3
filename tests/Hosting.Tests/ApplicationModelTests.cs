using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Tests;

public sealed class ApplicationModelTests : IDisposable
{
    private readonly string _dataDirectory = TestApplication.CreateDataDirectory();

    [Theory]
    [InlineData("Gateway")]
    [InlineData("vendor_registry")]
    [InlineData("1api")]
    [InlineData("")]
    public void Resource_names_outside_Aspire_rules_are_refused(string name)
    {
        var builder = TestApplication.CreateBuilder(_dataDirectory);

        Assert.Throws<ArgumentException>(() => builder.AddRedis(name));
    }

    [Fact]
    public void Two_resources_cannot_share_a_name()
    {
        var builder = TestApplication.CreateBuilder(_dataDirectory);
        builder.AddRedis("cache");

        Assert.Throws<InvalidOperationException>(() => builder.AddRedis("cache"));
    }

    [Fact]
    public void Database_names_must_be_plain_SQL_identifiers()
    {
        var postgres = TestApplication.CreateBuilder(_dataDirectory).AddPostgres("postgres");

        Assert.Throws<ArgumentException>(() => postgres.AddDatabase("evil", "x\"; drop database postgres; --"));
    }

    [Fact]
    public void A_running_project_gets_live_connection_strings_service_urls_and_its_own_url()
    {
        var builder = TestApplication.CreateBuilder(_dataDirectory);
        var postgres = builder.AddPostgres("postgres");
        postgres.Resource.Password.Value = "secret";
        postgres.Resource.Port = 5555;
        var database = postgres.AddDatabase("vendordb");
        database.Resource.ApplicationPassword.Value = "app-secret";
        database.Resource.OwnerPassword.Value = "owner-secret";
        var downstream = builder.AddProject<FakeProject>("downstream");
        downstream.Resource.Port = 7001;
        var project = builder.AddProject<FakeProject>("web").WithReference(database).WithReference(downstream);
        project.Resource.Port = 7000;

        var environment = ProjectEnvironment.ForRun(project.Resource, "Development", otlpEndpoint: "http://127.0.0.1:4317");

        Assert.Equal("Host=127.0.0.1;Port=5555;Username=vendordb_app;Password=app-secret;Database=vendordb", environment["ConnectionStrings__vendordb"]);
        Assert.Equal("Host=127.0.0.1;Port=5555;Username=vendordb_owner;Password=owner-secret;Database=vendordb", environment["ConnectionStrings__vendordb-migrations"]);
        Assert.Equal("http://127.0.0.1:7001", environment["services__downstream__http__0"]);
        Assert.Equal("http://127.0.0.1:7000", environment["ASPNETCORE_URLS"]);
        Assert.Equal("web", environment["OTEL_SERVICE_NAME"]);
        Assert.Equal("http://127.0.0.1:4317", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public void Without_a_collector_no_OTLP_endpoint_is_passed_on()
    {
        var project = TestApplication.CreateBuilder(_dataDirectory).AddProject<FakeProject>("web");

        var environment = ProjectEnvironment.ForRun(project.Resource, "Production", otlpEndpoint: null);

        Assert.False(environment.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
    }

    [Fact]
    public void A_configured_connection_string_replaces_the_local_server()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__externalpg", "Host=db.example;Username=app;Password=p");
        try
        {
            var postgres = TestApplication.CreateBuilder(_dataDirectory).AddPostgres("externalpg");
            var database = postgres.AddDatabase("reportingdb");
            database.Resource.ApplicationPassword.Value = "q";

            Assert.Equal("Host=db.example;Username=reportingdb_app;Password=q;Database=reportingdb", database.Resource.ConnectionString);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__externalpg", null);
        }
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}

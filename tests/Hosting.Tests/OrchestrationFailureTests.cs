using System.Net;
using System.Net.Sockets;
using OutsourcingPortal.Hosting.Orchestration;

namespace OutsourcingPortal.Hosting.Tests;

public sealed class OrchestrationFailureTests : IDisposable
{
    private readonly string _dataDirectory = TestApplication.CreateDataDirectory();

    [Fact]
    public async Task A_strict_port_already_in_use_stops_the_start_with_a_message_naming_the_port()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var builder = TestApplication.CreateBuilder(_dataDirectory);
        builder.AddProject<FakeProject>("web").WithHttpEndpoint(port, strict: true);
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OrchestrationException>(() => app.StartAsync());

        Assert.Contains($"Port {port}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preferred_port_already_in_use_gives_way_to_a_free_one()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var builder = TestApplication.CreateBuilder(_dataDirectory);
        builder.AddProject<FakeProject>("web").WithHttpEndpoint(port, strict: false);
        await using var app = builder.Build();

        // The project was never built, so the start fails, but only after a port was chosen.
        var failure = await Assert.ThrowsAsync<OrchestrationException>(() => app.StartAsync());

        Assert.Contains("build the solution first", failure.Message, StringComparison.Ordinal);
        Assert.NotEqual(port, app.GetEndpoint("web").Port);
    }

    [Fact]
    public async Task A_data_folder_from_another_PostgreSQL_version_is_refused_and_left_untouched()
    {
        var postgresData = Directory.CreateDirectory(Path.Combine(_dataDirectory, "postgres")).FullName;
        await File.WriteAllTextAsync(Path.Combine(postgresData, "PG_VERSION"), "99\n");
        var builder = TestApplication.CreateBuilder(_dataDirectory);
        builder.AddPostgres("postgres");
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OrchestrationException>(() => app.StartAsync());

        Assert.Contains("PostgreSQL 99 data", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["PG_VERSION"], Directory.GetFileSystemEntries(postgresData).Select(Path.GetFileName));
        Assert.Equal("99\n", await File.ReadAllTextAsync(Path.Combine(postgresData, "PG_VERSION")));
    }

    [Fact]
    public async Task A_data_folder_that_is_not_PostgreSQL_data_is_refused_and_left_untouched()
    {
        var postgresData = Directory.CreateDirectory(Path.Combine(_dataDirectory, "postgres")).FullName;
        await File.WriteAllTextAsync(Path.Combine(postgresData, "notes.txt"), "not a database");
        var builder = TestApplication.CreateBuilder(_dataDirectory);
        builder.AddPostgres("postgres");
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OrchestrationException>(() => app.StartAsync());

        Assert.Contains("not a PostgreSQL data folder", failure.Message, StringComparison.Ordinal);
        Assert.Equal("not a database", await File.ReadAllTextAsync(Path.Combine(postgresData, "notes.txt")));
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}

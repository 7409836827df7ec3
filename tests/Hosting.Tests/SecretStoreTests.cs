using Microsoft.Extensions.Configuration;
using OutsourcingPortal.Hosting.ApplicationModel;
using OutsourcingPortal.Hosting.Orchestration;

namespace OutsourcingPortal.Hosting.Tests;

public sealed class SecretStoreTests : IDisposable
{
    private readonly string _dataDirectory = TestApplication.CreateDataDirectory();
    private readonly IConfiguration _noConfiguration = new ConfigurationBuilder().Build();

    [Fact]
    public void A_generated_secret_is_kept_owner_only_and_reused_by_the_next_run()
    {
        var first = new ParameterResource("postgres-password", secret: true, generatedMinLength: 22);
        var second = new ParameterResource("postgres-password", secret: true, generatedMinLength: 22);

        SecretStore.Resolve([first], _noConfiguration, _dataDirectory);
        SecretStore.Resolve([second], _noConfiguration, _dataDirectory);

        Assert.Equal(first.Value, second.Value);
        Assert.True(first.Value!.Length >= 22);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_dataDirectory, "secrets.json")));
    }

    [Fact]
    public void A_configured_parameter_wins_over_a_generated_one()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Parameters:postgres-password"] = "from-configuration" })
            .Build();
        var parameter = new ParameterResource("postgres-password", secret: true, generatedMinLength: 22);

        SecretStore.Resolve([parameter], configuration, _dataDirectory);

        Assert.Equal("from-configuration", parameter.Value);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}

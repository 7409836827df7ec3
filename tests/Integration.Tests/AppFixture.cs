using OutsourcingPortal.Hosting;
using OutsourcingPortal.Hosting.ApplicationModel;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Hosting.Testing;

namespace OutsourcingPortal.Integration.Tests;

/// <summary>One running application (throwaway data, random ports) shared by every test of the collection.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The application has not started.");

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Calls the APIs as the demo accounts.</summary>
    public ApiPrincipals Principals { get; }

    public AppFixture() => Principals = new ApiPrincipals(() => Gateway.BaseAddress!);

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>();
        LimitPool(builder, PooledService.Name, PooledService.MaxPoolSize);
        _app = await builder.BuildAsync();
        await _app.StartAsync().WaitAsync(TimeSpan.FromMinutes(4));
        Gateway = _app.CreateHttpClient("gateway");
    }

    /// <summary>
    /// One service runs every test over a pool of two connections that skip Npgsql's reset on return, so a tenant
    /// setting that outlived its transaction would reach the next request (see the pool-leak tests).
    /// </summary>
    private static void LimitPool(DistributedApplicationBuilder builder, string service, int maxPoolSize)
    {
        var project = builder.Resources.OfType<ProjectResource>().Single(resource => resource.Name == service);
        project.Environment["Database__MaxPoolSize"] = maxPoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        project.Environment["Database__NoResetOnClose"] = "true";
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutsourcingPortal.Portal.DemoData;

public static class DemoDataExtensions
{
    private const string SeedSetting = "DemoData:Seed";

    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DemoDataSeeder>();
        return builder;
    }

    /// <summary>Seeds the demo directory when <c>DemoData:Seed</c> is true, which only the development settings say.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(SeedSetting))
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}

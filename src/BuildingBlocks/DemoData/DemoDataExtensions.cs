using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.BuildingBlocks.DemoData;

public static class DemoDataExtensions
{
    private const string SeedSetting = "DemoData:Seed";

    /// <summary>
    /// Seeds the service's demo rows when <c>DemoData:Seed</c> is true, which only the development settings say.
    /// Each seeding runs as one unit of work for the demo actor it is given, so row-level security and the audit
    /// log treat it like any other writer; seeds use fixed ids and <c>on conflict do nothing</c>, so restarts add nothing.
    /// </summary>
    public static async Task SeedDemoDataAsync(this WebApplication app, params DemoSeed[] seeds)
    {
        if (!app.Configuration.GetValue<bool>(SeedSetting))
        {
            return;
        }
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DemoData");
        foreach (var seed in seeds)
        {
            await using var work = await UnitOfWork.BeginAsync(dataSource, seed.Actor, clock, app.Lifetime.ApplicationStopping);
            var added = await seed.SeedAsync(work, app.Lifetime.ApplicationStopping);
            await work.CommitAsync(app.Lifetime.ApplicationStopping);
            if (added > 0)
            {
                logger.LogInformation("Seeded {Count} demo rows for {Actor}", added, seed.Actor.Name);
            }
        }
    }
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Portal.Data;

public static class PortalDatabaseExtensions
{
    public const string ConnectionName = "portaldb";

    /// <summary>
    /// portaldb through the <see cref="NpgsqlDataSource"/> the building blocks register, with EF Core on top. A
    /// factory, because interactive components outlive a request: each operation takes its own short-lived context.
    /// Data-protection keys live in the database too, so cookies and antiforgery tokens survive restarts and replicas.
    /// </summary>
    public static IHostApplicationBuilder AddPortalDatabase(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(ConnectionName);
        builder.Services.AddDbContextFactory<PortalDbContext>((services, options) => options
            .UseNpgsql(services.GetRequiredService<NpgsqlDataSource>())
            .UseSnakeCaseNamingConvention());
        builder.Services.AddDataProtection()
            .SetApplicationName("OutsourcingPortal.Portal")
            .PersistKeysToDbContext<PortalDbContext>();
        return builder;
    }
}

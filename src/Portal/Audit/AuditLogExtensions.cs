using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutsourcingPortal.Portal.Audit;

public static class AuditLogExtensions
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditTrail>();
        services.AddSingleton<PortalAuditLog>();
        services.AddScoped<ServiceAuditLogs>();
        services.AddScoped<AuditLogReader>();
        return services;
    }
}

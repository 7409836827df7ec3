using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutsourcingPortal.Portal.Audit;

namespace OutsourcingPortal.Portal.ApiClients;

public static class ApiClientsExtensions
{
    public static IServiceCollection AddApiClients(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditTrail>();
        services.AddSingleton<IPasswordHasher<ApiClient>, PasswordHasher<ApiClient>>();
        services.AddSingleton<ApiClientAuthenticator>();
        services.AddScoped<ApiClientDirectory>();
        return services;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OutsourcingPortal.BuildingBlocks.Audit;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Events;
using OutsourcingPortal.BuildingBlocks.Messaging;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>
/// What makes the four APIs one product: service defaults, token authentication and role policies, their own
/// tenant-scoped database and Redis, an event outbox published to <c>events:&lt;service&gt;</c>, one JSON shape, problem
/// details for every error, an audit log, OpenAPI.
/// </summary>
public static class ServiceApi
{
    public const string CacheConnectionName = "cache";

    /// <remarks>
    /// Call <c>builder.Services.AddValidation()</c> in the service's own Program too: the validation source generator
    /// only sees the endpoints of the project that makes that call.
    /// </remarks>
    public static IHostApplicationBuilder AddServiceApi(this IHostApplicationBuilder builder, string databaseConnectionName)
    {
        builder.AddServiceDefaults();
        builder.AddDefaultAuthentication();
        builder.AddServiceDatabase(databaseConnectionName);
        builder.AddRedisConnection(CacheConnectionName);
        builder.AddEventOutbox();

        builder.Services.AddAccessPolicies();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services =>
            RequestActor.From(services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new()));
        builder.Services.AddScoped<TenantDatabase>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOpenApi();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        return builder;
    }

    /// <summary>
    /// Brings the database schema up to date before serving, then maps health, OpenAPI and the audit log. Every
    /// error, including malformed requests, missing tokens and unknown routes, becomes an RFC 9457 problem response.
    /// </summary>
    public static async Task UseServiceApiAsync(this WebApplication app)
    {
        await app.MigrateDatabaseAsync();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // After the status code pages, so that a 401 or 403 is written as a problem response too.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.MapAuditLog();
    }
}

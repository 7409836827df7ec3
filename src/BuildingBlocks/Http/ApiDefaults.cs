using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>What makes the four APIs look like one product: JSON shape, validation, problem details, OpenAPI.</summary>
public static class ApiDefaults
{
    /// <remarks>
    /// Call <c>builder.Services.AddValidation()</c> in the service's own Program too: the validation source generator
    /// only sees the endpoints of the project that makes that call.
    /// </remarks>
    public static IHostApplicationBuilder AddApiDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOpenApi();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        return builder;
    }

    /// <summary>Every error, including malformed requests and unknown routes, becomes an RFC 9457 problem response.</summary>
    public static WebApplication UseApiDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        return app;
    }
}

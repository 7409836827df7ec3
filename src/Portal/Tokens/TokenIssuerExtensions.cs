using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutsourcingPortal.Portal.Tokens;

public static class TokenIssuerExtensions
{
    /// <summary>The portal as token issuer: signing key, issuer, and the per-circuit token of the signed-in person.</summary>
    public static IHostApplicationBuilder AddTokenIssuer(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<TokenIssuerOptions>(builder.Configuration.GetSection(TokenIssuerOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddScoped<AccessTokenProvider>();
        return builder;
    }

    /// <summary>Loads (on the very first start: creates) the signing key before the portal answers any request.</summary>
    public static Task LoadSigningKeyAsync(this WebApplication app) =>
        app.Services.GetRequiredService<SigningKeyStore>().LoadAsync(app.Lifetime.ApplicationStopping);
}

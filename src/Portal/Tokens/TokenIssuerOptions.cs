namespace OutsourcingPortal.Portal.Tokens;

/// <summary>The <c>Identity</c> configuration section.</summary>
public sealed class TokenIssuerOptions
{
    public const string SectionName = "Identity";

    /// <summary>
    /// The <c>iss</c> of every token and the base of the discovery document's addresses. The APIs reach the portal by
    /// its service name, so that is the default.
    /// </summary>
    public Uri Issuer { get; set; } = new("http://portal");

    /// <summary>The issuer exactly as it appears in tokens and discovery: no trailing slash.</summary>
    public string IssuerName => Issuer.AbsoluteUri.TrimEnd('/');

    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(10);
}

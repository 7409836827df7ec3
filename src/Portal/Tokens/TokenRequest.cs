using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>A client-credentials token request (RFC 6749 §4.4), read from the form body and, optionally, HTTP Basic.</summary>
public sealed record TokenRequest(string ClientId, string ClientSecret)
{
    public const string ClientCredentialsGrant = "client_credentials";

    // Secrets the portal issues are 43 characters; anything far longer is not one, and hashing it would only cost time.
    private const int MaxCredentialLength = 256;

    /// <summary>The request, or the error to answer with: never an exception for anything a client can send.</summary>
    public static async Task<(TokenRequest? Request, TokenError? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, TokenError.InvalidRequest("The request body must be application/x-www-form-urlencoded."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, TokenError.InvalidRequest("The request body is not a readable form."));
        }

        // RFC 6749 §3.2: a parameter sent twice makes the request invalid, whichever value was meant.
        if (form.Where(field => field.Value.Count > 1).Select(field => field.Key).FirstOrDefault() is { } repeated)
        {
            return (null, TokenError.InvalidRequest($"The parameter {repeated} is repeated."));
        }

        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return (null, TokenError.InvalidRequest("The grant_type parameter is missing."));
        }
        if (grantType != ClientCredentialsGrant)
        {
            return (null, TokenError.UnsupportedGrantType($"Only the {ClientCredentialsGrant} grant is supported."));
        }

        return ReadCredentials(request.Headers.Authorization, form);
    }

    private static (TokenRequest? Request, TokenError? Error) ReadCredentials(StringValues authorization, IFormCollection form)
    {
        var inBody = form.ContainsKey("client_id") || form.ContainsKey("client_secret");
        var (clientId, secret) = (form["client_id"].ToString(), form["client_secret"].ToString());

        if (AuthenticationHeaderValue.TryParse(authorization, out var header) && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            if (inBody)
            {
                return (null, TokenError.InvalidRequest("Send the client credentials either with HTTP Basic or in the body, not both."));
            }
            if (!TryDecodeBasic(header.Parameter, out clientId, out secret))
            {
                return (null, TokenError.InvalidClient("The Basic credentials are malformed."));
            }
        }

        if (clientId.Length == 0 || secret.Length == 0)
        {
            return (null, TokenError.InvalidClient("Client authentication is missing: send client_id and client_secret."));
        }
        if (clientId.Length > MaxCredentialLength || secret.Length > MaxCredentialLength)
        {
            return (null, TokenError.InvalidClient("The client credentials are not valid."));
        }
        return (new TokenRequest(clientId, secret), null);
    }

    /// <summary>RFC 6749 §2.3.1: both parts are form-urlencoded before being joined with a colon and base64-encoded.</summary>
    private static bool TryDecodeBasic(string? parameter, out string clientId, out string secret)
    {
        (clientId, secret) = (string.Empty, string.Empty);
        var bytes = new byte[parameter?.Length ?? 0];
        if (parameter is null || !Convert.TryFromBase64String(parameter, bytes, out var length))
        {
            return false;
        }
        string decoded;
        try
        {
            decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }
        clientId = WebUtility.UrlDecode(decoded[..colon]);
        secret = WebUtility.UrlDecode(decoded[(colon + 1)..]);
        return true;
    }
}

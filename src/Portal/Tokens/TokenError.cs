using System.Text.Json.Serialization;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>An RFC 6749 §5.2 error response and the status it is sent with.</summary>
public sealed record TokenError(
    [property: JsonIgnore] int StatusCode,
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description)
{
    public static TokenError InvalidRequest(string description) => new(StatusCodes.Status400BadRequest, "invalid_request", description);

    public static TokenError InvalidClient(string description) => new(StatusCodes.Status401Unauthorized, "invalid_client", description);

    public static TokenError UnauthorizedClient(string description) => new(StatusCodes.Status400BadRequest, "unauthorized_client", description);

    public static TokenError UnsupportedGrantType(string description) => new(StatusCodes.Status400BadRequest, "unsupported_grant_type", description);
}

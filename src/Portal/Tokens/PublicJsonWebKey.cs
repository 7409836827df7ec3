using System.Text.Json.Serialization;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>An RSA public key as RFC 7517 writes it; built field by field so no private part can ever be serialized.</summary>
public sealed record PublicJsonWebKey(
    [property: JsonPropertyName("kty")] string KeyType,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("kid")] string KeyId,
    [property: JsonPropertyName("n")] string Modulus,
    [property: JsonPropertyName("e")] string Exponent);

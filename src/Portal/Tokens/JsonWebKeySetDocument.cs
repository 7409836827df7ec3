using System.Text.Json.Serialization;

namespace OutsourcingPortal.Portal.Tokens;

public sealed record JsonWebKeySetDocument([property: JsonPropertyName("keys")] IReadOnlyList<PublicJsonWebKey> Keys);

using Microsoft.IdentityModel.Tokens;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>The active RSA key: signs tokens, and its public half is published in the JWKS.</summary>
public sealed class SigningKey
{
    public SigningKey(RsaSecurityKey privateKey)
    {
        Credentials = new SigningCredentials(privateKey, SecurityAlgorithms.RsaSha256);
        var publicKey = new RsaSecurityKey(privateKey.Rsa.ExportParameters(includePrivateParameters: false)) { KeyId = privateKey.KeyId };
        PublicJwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(publicKey);
        PublicJwk.Use = JsonWebKeyUseNames.Sig;
        PublicJwk.Alg = SecurityAlgorithms.RsaSha256;
    }

    public string KeyId => PublicJwk.Kid;

    public SigningCredentials Credentials { get; }

    public JsonWebKey PublicJwk { get; }
}

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>
/// Keeps the signing key in <c>signing_keys</c>, so every replica signs with the same key and tokens stay valid across
/// restarts. The first start generates it; concurrent first starts all end up with the one key that was inserted.
/// </summary>
public sealed class SigningKeyStore(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<SigningKeyStore> logger) : IDisposable
{
    private const string SelectActive = "select kid, pem from signing_keys where retired_at is null";

    // Any other row with retired_at null makes this insert a no-op (the partial unique index), so a lost race is harmless.
    private const string InsertIfNoneActive =
        "insert into signing_keys (kid, pem, created_at) values ($1, $2, $3) on conflict do nothing";

    private RSA? rsa;
    private SigningKey? active;

    public SigningKey Active => active ?? throw new InvalidOperationException("The signing key has not been loaded: call LoadAsync at start-up.");

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await ReadActiveAsync(cancellationToken);
        if (stored is null)
        {
            using var generated = RSA.Create(2048);
            var kid = ThumbprintOf(generated);
            await using var insert = dataSource.CreateCommand(
                InsertIfNoneActive, kid, generated.ExportPkcs8PrivateKeyPem(), clock.GetUtcNowForStorage());
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                logger.LogInformation("Generated token signing key {KeyId}", kid);
            }
            stored = await ReadActiveAsync(cancellationToken)
                ?? throw new InvalidOperationException("No active signing key after inserting one.");
        }

        rsa = RSA.Create();
        rsa.ImportFromPem(stored.Value.Pem);
        active = new SigningKey(new RsaSecurityKey(rsa) { KeyId = stored.Value.Kid });
    }

    public void Dispose() => rsa?.Dispose();

    private async Task<(string Kid, string Pem)?> ReadActiveAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SelectActive);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>The RFC 7638 JWK thumbprint: a key id that is derived from the key, not made up.</summary>
    private static string ThumbprintOf(RSA key) =>
        Base64UrlEncoder.Encode(new RsaSecurityKey(key.ExportParameters(includePrivateParameters: false)).ComputeJwkThumbprint());
}

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace OutsourcingPortal.Integration.Tests.Identity;

/// <summary>The portal's private signing key, read from portaldb, to sign tokens that differ from real ones in one way only.</summary>
public static class PortalSigningKey
{
    public static async Task<RsaSecurityKey> ReadAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("select kid, pem from signing_keys where retired_at is null");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "portaldb has no active signing key.");
        var rsa = RSA.Create();
        rsa.ImportFromPem(reader.GetString(1));
        return new RsaSecurityKey(rsa) { KeyId = reader.GetString(0) };
    }
}

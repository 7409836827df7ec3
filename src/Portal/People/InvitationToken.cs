using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace OutsourcingPortal.Portal.People;

/// <summary>The secret in an invitation link: 256 random bits, stored only as a hash.</summary>
public static class InvitationToken
{
    public static string Create() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string LinkPath(string token) => "account/invitation/" + token;
}

using System.Collections.Concurrent;
using System.Net.Http.Headers;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>Gateway clients that call the APIs as a demo account, with a token got by really signing in (one sign-in per account).</summary>
public sealed class ApiPrincipals(Func<Uri> gateway)
{
    // Tokens live ten minutes; a long test run signs in again rather than sending an expired one.
    private static readonly TimeSpan Reuse = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Fetched, Lazy<Task<string>> Token)> _tokens = new();

    public async Task<HttpClient> ClientAsync(Principal principal)
    {
        var client = new HttpClient { BaseAddress = gateway() };
        if (principal.Account is { } account)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        }
        return client;
    }

    public Task<string> TokenAsync(DemoAccount account) =>
        _tokens.AddOrUpdate(
            account.Email,
            _ => (DateTimeOffset.UtcNow, new Lazy<Task<string>>(() => SignInAsync(account))),
            (_, cached) => DateTimeOffset.UtcNow - cached.Fetched < Reuse
                ? cached
                : (DateTimeOffset.UtcNow, new Lazy<Task<string>>(() => SignInAsync(account)))).Token.Value;

    private async Task<string> SignInAsync(DemoAccount account)
    {
        using var signedIn = await PortalSignIn.SignInAsync(gateway(), account.Email, DemoDirectory.Password);
        return await PortalSignIn.GetAccessTokenAsync(signedIn);
    }
}

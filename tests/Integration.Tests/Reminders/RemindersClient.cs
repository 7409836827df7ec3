using System.Net.Http.Json;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Reminders;

/// <summary>Reads a principal's reminders as the API sends them.</summary>
public static class RemindersClient
{
    public const string Route = "/api/vendors/reminders";

    public static async Task<RemindersResponse> ReadAsync(AppFixture fixture, Principal principal)
    {
        using var client = await fixture.Principals.ClientAsync(principal);
        return (await client.GetFromJsonAsync<RemindersResponse>(new Uri(Route, UriKind.Relative), WireJson.Options))!;
    }
}

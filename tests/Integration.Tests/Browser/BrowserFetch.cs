using System.Text.Json;
using Microsoft.Playwright;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>API calls made by the page itself, with what any script in a signed-in person's browser has: their cookie and their own token.</summary>
public static class BrowserFetch
{
    private const string Fetch =
        """
        async ([method, path, bearer, ifMatch, body]) => {
            const headers = {};
            if (bearer) headers["Authorization"] = "Bearer " + bearer;
            if (ifMatch) headers["If-Match"] = ifMatch;
            if (body) headers["Content-Type"] = "application/json";
            const response = await fetch(path, { method, headers, credentials: "same-origin", body: body ? JSON.stringify(body) : undefined });
            return { status: response.status, body: await response.text() };
        }
        """;

    public sealed record Answer(int Status, string Body);

    /// <summary>A same-origin <c>fetch</c> from the page; the portal's cookie goes along.</summary>
    public static async Task<Answer> FetchAsync(
        this IPage page, string method, string path, string? bearer = null, string? ifMatch = null, object? body = null)
    {
        var answer = await page.EvaluateAsync<JsonElement>(Fetch, new object?[] { method, path, bearer, ifMatch, body });
        return new Answer(answer.GetProperty("status").GetInt32(), answer.GetProperty("body").GetString()!);
    }

    /// <summary>The signed-in person's own API token, as the portal hands it to their page.</summary>
    public static async Task<string> OwnAccessTokenAsync(this IPage page)
    {
        var answer = await page.FetchAsync("GET", "/account/access-token");
        Assert.Equal(200, answer.Status);
        return JsonDocument.Parse(answer.Body).RootElement.GetProperty("accessToken").GetString()!;
    }
}

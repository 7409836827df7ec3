using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>What clients and vendors do with briefs over the API, as steps for tests: write, invite, issue, answer, submit.</summary>
public static class BriefClient
{
    public static async Task<JsonObject> CreateAsync(HttpClient client, string title, object? extra = null)
    {
        var body = new JsonObject
        {
            ["title"] = title,
            ["summary"] = $"{title}: what we need",
            ["deadline"] = DateTimeOffset.UtcNow.AddDays(30).ToString("O"),
        };
        foreach (var (key, value) in extra is null ? [] : System.Text.Json.JsonSerializer.SerializeToNode(extra, System.Text.Json.JsonSerializerOptions.Web)!.AsObject())
        {
            body[key] = value?.DeepClone();
        }
        using var response = await client.PostAsJsonAsync(new Uri("/api/vendors/briefs", UriKind.Relative), body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<Guid> InviteAsync(HttpClient client, Guid brief, Guid vendor)
    {
        using var response = await client.PostAsJsonAsync(new Uri($"/api/vendors/briefs/{brief}/invitations", UriKind.Relative), new { vendorId = vendor });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (Guid)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public static Task<HttpResponseMessage> IssueAsync(HttpClient client, Guid brief) =>
        client.PostAsync(new Uri($"/api/vendors/briefs/{brief}/issue", UriKind.Relative), null);

    /// <summary>An answer to every question of the current brief questionnaire, each naming its question.</summary>
    public static async Task<JsonObject> CompleteAnswersAsync(HttpClient vendor, Func<string, string>? answer = null)
    {
        var questionnaire = (await vendor.GetFromJsonAsync<JsonObject>(new Uri("/api/vendors/brief-questionnaires/current", UriKind.Relative)))!;
        var answers = new JsonObject();
        foreach (var question in questionnaire["questions"]!.AsArray())
        {
            var id = (string)question!["id"]!;
            answers[id] = answer?.Invoke(id) ?? $"Our answer to {id}: we start from your data and measure on it.";
        }
        return answers;
    }

    /// <summary>Saves the vendor's draft: the first save needs no ETag, later ones the one last read.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient vendor, Guid invitation, JsonObject answers, EntityTagHeaderValue? etag = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/vendors/invitations/{invitation}/response", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["questionnaireVersion"] = 1, ["answers"] = answers }),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return await vendor.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient vendor, Guid invitation, EntityTagHeaderValue? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/vendors/invitations/{invitation}/response/submit", UriKind.Relative));
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return await vendor.SendAsync(request);
    }

    /// <summary>Saves a complete answer sheet over whatever draft there is, and submits it; the submitted response.</summary>
    public static async Task<JsonObject> AnswerAndSubmitAsync(HttpClient vendor, Guid invitation, JsonObject? answers = null)
    {
        using var draft = await vendor.GetAsync(new Uri($"/api/vendors/invitations/{invitation}/response", UriKind.Relative));
        using var saved = await SaveAsync(vendor, invitation, answers ?? await CompleteAnswersAsync(vendor), draft.Headers.ETag);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        using var submitted = await SubmitAsync(vendor, invitation, saved.Headers.ETag);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        return (await submitted.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

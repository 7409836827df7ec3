using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>What evaluators do with submitted responses over the API, as steps for tests: score, submit, dismiss flags, award.</summary>
public static class ScoringClient
{
    /// <summary>The criteria of the default scoring template, which a brief copies when its organization kept the default.</summary>
    public static readonly IReadOnlyList<string> Criteria =
    [
        "problem-definition", "delivery-experience", "data-security", "evaluation-and-testing", "engineering-breadth", "ownership",
        "pilot-structure", "technical-due-diligence", "security", "ip-ownership", "pilot-proposal", "price",
    ];

    /// <summary>Every criterion scored <paramref name="score"/>.</summary>
    public static JsonObject AllScored(int score) => new(Criteria.Select(criterion => KeyValuePair.Create(criterion, (JsonNode?)score)));

    public static Uri Scorecard(object brief, object response) => new($"/api/vendors/briefs/{brief}/responses/{response}/scorecard", UriKind.Relative);

    /// <summary>Saves the caller's draft scorecard: the first save needs no ETag, later ones the one last read.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(
        HttpClient evaluator, object brief, object response, JsonObject scores, EntityTagHeaderValue? etag = null, string? comment = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Scorecard(brief, response))
        {
            Content = JsonContent.Create(new JsonObject { ["scores"] = scores, ["comment"] = comment }),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return await evaluator.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient evaluator, object brief, object response, EntityTagHeaderValue? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{Scorecard(brief, response)}/submit", UriKind.Relative));
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return await evaluator.SendAsync(request);
    }

    /// <summary>Scores every criterion <paramref name="score"/> and submits the scorecard.</summary>
    public static async Task ScoreAndSubmitAsync(HttpClient evaluator, object brief, object response, int score)
    {
        using var read = await evaluator.GetAsync(Scorecard(brief, response));
        using var saved = await SaveAsync(evaluator, brief, response, AllScored(score), read.Headers.ETag);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        using var submitted = await SubmitAsync(evaluator, brief, response, saved.Headers.ETag);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> AwardAsync(HttpClient evaluator, object brief, object response, string rationale = "Best pilot proposal.") =>
        evaluator.PostAsJsonAsync(new Uri($"/api/vendors/briefs/{brief}/award", UriKind.Relative), new { responseId = response, rationale });
}

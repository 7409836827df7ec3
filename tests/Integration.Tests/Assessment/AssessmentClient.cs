using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Assessment;

/// <summary>What an evaluator does with the assessment API, as steps for tests: start, answer, complete.</summary>
public static class AssessmentClient
{
    public static async Task<Guid> CreateInitiativeAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri("/api/assessment/initiatives", UriKind.Relative), new { name, useCase = "Assessment test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (Guid)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public static async Task<Guid> StartAsync(HttpClient client, Guid initiativeId)
    {
        using var response = await client.PostAsync(new Uri($"/api/assessment/initiatives/{initiativeId}/assessments", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (Guid)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>Replaces the answers, sending the ETag just read; the response is the caller's to check.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, Guid assessmentId, JsonObject answers, int questionnaireVersion = 1)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/assessment/assessments/{assessmentId}/answers", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["questionnaireVersion"] = questionnaireVersion, ["answers"] = answers }),
        };
        request.Headers.IfMatch.Add((await ReadAsync(client, assessmentId)).ETag);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid assessmentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/assessment/assessments/{assessmentId}/complete", UriKind.Relative));
        request.Headers.IfMatch.Add((await ReadAsync(client, assessmentId)).ETag);
        return await client.SendAsync(request);
    }

    public static async Task<(JsonObject Body, System.Net.Http.Headers.EntityTagHeaderValue ETag)> ReadAsync(HttpClient client, Guid assessmentId)
    {
        using var response = await client.GetAsync(new Uri($"/api/assessment/assessments/{assessmentId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, response.Headers.ETag!);
    }

    /// <summary>
    /// A valid answer to every question of the current questionnaire, read from the API itself: the middle of each
    /// scale, yes, the first option, the least number allowed, a sentence of text. <paramref name="overrides"/> win.
    /// </summary>
    public static async Task<JsonObject> CompleteAnswersAsync(HttpClient client, JsonObject? overrides = null)
    {
        var questionnaire = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/assessment/questionnaires/current", UriKind.Relative));
        var answers = new JsonObject();
        foreach (var question in questionnaire!["questions"]!.AsArray())
        {
            var id = (string)question!["id"]!;
            answers[id] = overrides?[id]?.DeepClone() ?? (string)question["kind"]! switch
            {
                "scale" => 3,
                "yes-no" => true,
                "single-choice" => (string)question["options"]![0]!["id"]!,
                "multiple-choice" => new JsonArray((string)question["options"]![0]!["id"]!),
                "number" => (decimal)question["minimum"]!,
                _ => "Written for the test.",
            };
        }
        return answers;
    }

    /// <summary>The entries of the assessment stream that carry this assessment's completion.</summary>
    public static async Task<List<StreamEntry>> CompletionEventsAsync(IConnectionMultiplexer redis, Guid assessmentId) =>
        [.. (await redis.GetDatabase().StreamRangeAsync(EventStreams.Assessment))
            .Where(entry => ((string?)entry["data"])?.Contains(assessmentId.ToString(), StringComparison.Ordinal) == true)];

    /// <summary>A ready, well-defined initiative, a supporting capability, at a company with no ML engineers.</summary>
    public static JsonObject ReadyWithoutMlStaff() => ClearAndReady(new JsonObject
    {
        ["strategy.role"] = "important-not-differentiating", ["strategy.off-the-shelf"] = false,
        ["sensitivity.level"] = "internal", ["sensitivity.external-access-restricted"] = false, ["sensitivity.regulations"] = new JsonArray(),
        ["team.ml-talent"] = false, ["team.capacity"] = false, ["team.build-capability"] = false,
        ["skills.needed"] = new JsonArray(), ["skills.covered"] = false, ["skills.permanent"] = false,
        ["delivery.tight-iteration"] = false, ["delivery.requirement-uncertainty"] = 2, ["delivery.scope-stability"] = 4,
        ["delivery.ongoing"] = false, ["delivery.project-size"] = "medium", ["operations.partner-runs-it"] = false,
    });

    /// <summary>Answers that leave no doubt about the use case and the data, so the decision factors decide.</summary>
    private static JsonObject ClearAndReady(JsonObject factors)
    {
        foreach (var scale in new[] { "usecase.problem", "usecase.metric", "data.accessibility", "data.quality", "data.labelling",
                     "stakeholders.agreement", "leadership.sponsorship", "leadership.governance" })
        {
            factors[scale] = 5;
        }
        return factors;
    }
}

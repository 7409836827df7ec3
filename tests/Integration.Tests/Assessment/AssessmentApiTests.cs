using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Events;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Events;
using StackExchange.Redis;
using static OutsourcingPortal.Integration.Tests.Assessment.AssessmentClient;

namespace OutsourcingPortal.Integration.Tests.Assessment;

/// <summary>An evaluator's way through an assessment, over HTTP: draft, answers, completion, result, history, comparison.</summary>
[Collection(AppCollection.Name)]
public sealed class AssessmentApiTests(AppFixture fixture)
{
    [Fact]
    public async Task A_draft_takes_partial_answers_and_completion_names_every_unanswered_question()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, "Partial answers"));

        using var saved = await AnswerAsync(client, assessment, new JsonObject { ["usecase.problem"] = 4, ["team.ml-talent"] = false });
        using var completed = await CompleteAsync(client, assessment);
        var problem = (await completed.Content.ReadFromJsonAsync<JsonObject>())!;
        var draft = (await ReadAsync(client, assessment)).Body;

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, completed.StatusCode);
        Assert.Contains("data.quality", problem["errors"]!.AsObject().Select(error => error.Key));
        Assert.DoesNotContain("usecase.problem", problem["errors"]!.AsObject().Select(error => error.Key));
        Assert.Equal(("draft", 4), ((string?)draft["status"], (int)draft["answers"]!["usecase.problem"]!));
    }

    [Fact]
    public async Task Completing_gives_an_explained_recommendation_marks_the_initiative_assessed_and_keeps_it_in_the_history()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var initiative = await CreateInitiativeAsync(client, "Support chatbot without ML staff");
        var assessment = await StartAsync(client, initiative);
        var overrides = ReadyWithoutMlStaff();
        overrides["delivery.fixed-deadline"] = true;
        var answers = await CompleteAnswersAsync(client, overrides);

        (await AnswerAsync(client, assessment, answers)).EnsureSuccessStatusCode();
        using var completed = await CompleteAsync(client, assessment);
        var body = (await completed.Content.ReadFromJsonAsync<JsonObject>())!;
        var history = await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/assessment/initiatives/{initiative}/assessments", UriKind.Relative));
        var assessed = await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/assessment/initiatives/{initiative}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var result = body["result"]!;
        Assert.Equal("outsource", (string?)result["recommendation"]!["approach"]);
        Assert.NotEmpty(result["recommendation"]!["reasons"]!.AsArray());
        Assert.All(result["recommendation"]!["reasons"]!.AsArray(), reason => Assert.False(string.IsNullOrEmpty((string?)reason!["ruleId"])));
        Assert.Equal(4, result["readiness"]!["signals"]!.AsArray().Count);
        Assert.NotEmpty(result["plan"]!["phases"]!.AsArray());
        Assert.True((int)result["costs"]!["outsourced"]!["weeksToFirstDelivery"]! < (int)result["costs"]!["inHouse"]!["weeksToFirstDelivery"]!);
        var rubric = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/assessment/rubric", UriKind.Relative));
        Assert.Equal((int)rubric!["version"]!, (int)result["rubricVersion"]!);
        Assert.Equal("assessed", (string?)assessed!["status"]);
        var entry = Assert.Single(history!["items"]!.AsArray())!;
        Assert.Equal(("completed", "outsource"), ((string?)entry["status"], (string?)entry["approach"]));
    }

    /// <summary>
    /// Each approach, and each engagement model where an outside team builds (after discovery or data work too, for the
    /// approach that follows), from the answers that lead to it, on top of a ready initiative at a company without ML staff.
    /// </summary>
    public static TheoryData<string, string?, string> Outcomes => new()
    {
        { "outsource", "project-based", "{}" },
        { "outsource", "dedicated-team", """{"delivery.ongoing": true}""" },
        { "outsource", "managed-service", """{"operations.partner-runs-it": true}""" },
        { "hybrid", "staff-augmentation", """{"team.ml-talent": true, "team.capacity": false}""" },
        { "hybrid", "dedicated-team", """{"sensitivity.level": "highly-sensitive", "sensitivity.external-access-restricted": true, "sensitivity.regulations": ["hipaa"]}""" },
        { "in-house", null, """{"team.ml-talent": true, "team.capacity": true}""" },
        { "buy", null, """{"strategy.role": "commodity", "strategy.off-the-shelf": true}""" },
        { "discovery-first", "dedicated-team", """{"usecase.problem": 1, "usecase.metric": 1, "usecase.workflow": false, "usecase.baseline": false}""" },
        { "data-readiness-first", "project-based", """{"data.accessibility": 1, "data.quality": 1, "data.labelling": 1, "data.access-approved": false}""" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Every_approach_and_engagement_model_is_reached_through_the_API_from_the_answers_that_call_for_it(
        string approach, string? engagementModel, string answers)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, $"Outcome {approach} {engagementModel}"));
        var overrides = ReadyWithoutMlStaff();
        foreach (var (question, answer) in JsonNode.Parse(answers)!.AsObject())
        {
            overrides[question] = answer?.DeepClone();
        }

        (await AnswerAsync(client, assessment, await CompleteAnswersAsync(client, overrides))).EnsureSuccessStatusCode();
        using var completed = await CompleteAsync(client, assessment);
        var recommendation = (await completed.Content.ReadFromJsonAsync<JsonObject>())!["result"]!["recommendation"]!;

        Assert.Equal((approach, engagementModel), ((string?)recommendation["approach"], (string?)recommendation["engagementModel"]));
    }

    [Fact]
    public async Task A_completed_assessment_refuses_new_answers_and_completing_again_changes_nothing()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, "Completed twice"));
        (await AnswerAsync(client, assessment, await CompleteAnswersAsync(client))).EnsureSuccessStatusCode();
        using var first = await CompleteAsync(client, assessment);
        var firstBody = await first.Content.ReadAsStringAsync();

        using var again = await CompleteAsync(client, assessment);
        using var edit = await AnswerAsync(client, assessment, new JsonObject { ["usecase.problem"] = 1 });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(JsonNode.Parse(firstBody)!.ToJsonString(), JsonNode.Parse(await again.Content.ReadAsStringAsync())!.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("application/problem+json", edit.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, string> BadAnswers => new()
    {
        { """{"no.such-question": 3}""", "no.such-question" },
        { """{"usecase.problem": 6}""", "usecase.problem" },
        { """{"usecase.problem": "very"}""", "usecase.problem" },
        { """{"strategy.role": "no-such-option"}""", "strategy.role" },
        { """{"delivery.expected-roi-months": -5}""", "delivery.expected-roi-months" },
        { $$"""{"usecase.description": "{{new string('x', 10 * 1024 + 1)}}"}""", "usecase.description" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task A_bad_answer_is_a_400_naming_the_question_and_nothing_of_the_sheet_is_saved(string answers, string question)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, "Bad answers"));
        var sheet = JsonNode.Parse(answers)!.AsObject();
        sheet["usecase.metric"] = 4;

        using var response = await AnswerAsync(client, assessment, sheet);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![question]);
        Assert.Empty((await ReadAsync(client, assessment)).Body["answers"]!.AsObject());
    }

    [Fact]
    public async Task Answers_to_another_questionnaire_version_are_refused()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, "Old questionnaire"));

        using var response = await AnswerAsync(client, assessment, new JsonObject { ["usecase.problem"] = 3 }, questionnaireVersion: 0);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["questionnaireVersion"]);
    }

    [Fact]
    public async Task Answers_without_If_Match_are_428_and_from_a_stale_read_412()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, "Concurrent answers"));
        var stale = (await ReadAsync(client, assessment)).ETag;
        (await AnswerAsync(client, assessment, new JsonObject { ["usecase.problem"] = 2 })).EnsureSuccessStatusCode();
        var body = JsonContent.Create(new { questionnaireVersion = 1, answers = new { usecase_problem = 5 } });

        using var blind = await client.PutAsync(new Uri($"/api/assessment/assessments/{assessment}/answers", UriKind.Relative), body);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/assessment/assessments/{assessment}/answers", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["questionnaireVersion"] = 1, ["answers"] = new JsonObject { ["usecase.problem"] = 5 } }),
        };
        request.Headers.IfMatch.Add(stale);
        using var late = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode.PreconditionRequired, HttpStatusCode.PreconditionFailed), (blind.StatusCode, late.StatusCode));
        Assert.Equal(2, (int)(await ReadAsync(client, assessment)).Body["answers"]!["usecase.problem"]!);
    }

    [Fact]
    public async Task An_answer_sheet_over_a_megabyte_is_refused_with_413()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, "Huge answers"));

        using var response = await AnswerAsync(client, assessment, new JsonObject { ["usecase.description"] = new string('x', 1_100_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_rubric_edit_scores_new_assessments_while_an_old_result_stays_as_it_was()
    {
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);
        var initiative = await CreateInitiativeAsync(admin, "Rubric versions");
        var before = await CompletedAsync(admin, initiative);
        var rubric = await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/assessment/rubric", UriKind.Relative));
        // Whichever side of the line the answers fell, move the line past them.
        var wasReady = (bool)before["result"]!["readiness"]!["ready"]!;
        rubric!["readiness"]!["readyScore"] = wasReady ? 100 : 1;
        rubric["readiness"]!["signalFloor"] = wasReady ? 40 : 0;

        using var saved = await PutRubricAsync(admin, rubric);
        var after = await CompletedAsync(admin, initiative);
        var reread = (await ReadAsync(admin, (Guid)before["id"]!)).Body;
        var comparison = await admin.GetFromJsonAsync<JsonObject>(
            new Uri($"/api/assessment/assessments/{before["id"]}/compare?with={after["id"]}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal((int)rubric["version"]! + 1, (int)after["result"]!["rubricVersion"]!);
        Assert.Equal(before["result"]!.ToJsonString(), reread["result"]!.ToJsonString());
        var differences = comparison!["differences"]!.AsArray().Select(difference => (string)difference!["aspect"]!).ToList();
        Assert.Contains("rubricVersion", differences);
        Assert.Contains("readiness.ready", differences);
    }

    [Fact]
    public async Task An_incomplete_or_null_rubric_is_refused_and_the_current_one_stands()
    {
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);
        var current = await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/assessment/rubric", UriKind.Relative));
        var broken = current!.DeepClone().AsObject();
        broken.Remove("costs");
        var invalid = current.DeepClone().AsObject();
        invalid["readiness"]!["readyScore"] = 250;

        using var missing = await PutRubricAsync(admin, broken);
        using var outOfRange = await PutRubricAsync(admin, invalid);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, outOfRange.StatusCode));
        Assert.Equal((int)current["version"]!, (int)(await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/assessment/rubric", UriKind.Relative)))!["version"]!);
    }

    [Fact]
    public async Task Each_completion_puts_exactly_one_AssessmentCompleted_event_on_the_stream()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var assessment = await StartAsync(client, await CreateInitiativeAsync(client, "Event once"));
        (await AnswerAsync(client, assessment, await CompleteAnswersAsync(client))).EnsureSuccessStatusCode();
        (await CompleteAsync(client, assessment)).EnsureSuccessStatusCode();
        (await CompleteAsync(client, assessment)).EnsureSuccessStatusCode();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.App.GetConnectionString("cache"));

        await Eventually.TrueAsync(async () => (await CompletionEventsAsync(redis, assessment)).Count > 0, TimeSpan.FromSeconds(30),
            "No AssessmentCompleted event reached the stream.");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var entry = Assert.Single(await CompletionEventsAsync(redis, assessment));
        Assert.Equal(("AssessmentCompleted", DemoTenant), ((string?)entry["type"], (string?)entry["tenantId"]));
    }

    private static readonly string DemoTenant = Contracts.Identity.DemoDirectory.Northwind.ToString();

    private static async Task<JsonObject> CompletedAsync(HttpClient client, Guid initiative)
    {
        var assessment = await StartAsync(client, initiative);
        (await AnswerAsync(client, assessment, await CompleteAnswersAsync(client))).EnsureSuccessStatusCode();
        using var completed = await CompleteAsync(client, assessment);
        completed.EnsureSuccessStatusCode();
        return (await completed.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<HttpResponseMessage> PutRubricAsync(HttpClient admin, JsonObject rubric)
    {
        using var current = await admin.GetAsync(new Uri("/api/assessment/rubric", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/assessment/rubric", UriKind.Relative)) { Content = JsonContent.Create(rubric) };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        return await admin.SendAsync(request);
    }
}

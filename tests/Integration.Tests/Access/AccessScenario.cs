using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Assessment;
using OutsourcingPortal.Integration.Tests.Briefs;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// One object of each kind, owned by tenant A (Northwind), created once per running application through the API:
/// what other principals try to read or change in the access matrix.
/// </summary>
public sealed class AccessScenario
{
    private static readonly ConditionalWeakTable<AppFixture, Lazy<Task<AccessScenario>>> Scenarios = [];

    public const string InitiativeName = "Northwind invoice triage";
    public const string BriefTitle = "Northwind forecasting brief";
    public const string DraftBriefTitle = "Northwind unissued brief";

    /// <summary>A draft brief of tenant A, which no vendor sees yet.</summary>
    public const string DraftBrief = "/api/vendors/briefs#draft";

    /// <summary>The invited vendor's invitation to a second brief, where its response is still a draft with one attachment (<c>fileId</c>).</summary>
    public const string DraftResponseInvitation = "/api/vendors/invitations#draft";

    /// <summary>A brief of tenant A with the invited vendor's submitted response, which both of tenant A's editors have scored in full but not submitted.</summary>
    public const string ScoredBrief = "/api/vendors/briefs#scored";

    /// <summary>A brief of tenant A with the invited vendor's submitted response (<c>awardResponseId</c>), for the matrix to award.</summary>
    public const string BriefToAward = "/api/vendors/briefs#award";

    /// <summary>A second assessment of the scenario initiative, fully answered, for the matrix to complete.</summary>
    public const string AssessmentToComplete = "/api/assessment/assessments#complete";

    // Vendors registered for the tests' own invitations to the scenario brief, so the matrix's vendors stay as they
    // are: the invited vendor invited once, the uninvited vendor never. A rule's body is made for every principal,
    // refused or not: the matrix takes eight, the audit trail test one.
    private static readonly Guid[] Invitees = [.. Enumerable.Range(0, 12).Select(_ => Guid.NewGuid())];
    private static int _invited = -1;
    public const string InitiativeUseCase = "Route supplier invoices to the right approver";

    // The scenario response promises an accuracy in the answers to these questions: one red flag each, so every
    // dismissal a test makes takes a flag not yet dismissed (a body is made for every principal: the matrix takes
    // eight, the audit trail test one).
    private static readonly string[] FlaggedQuestions =
    [
        "questions-for-client", "shipped-project", "prompt-and-environment-security", "quality-after-deployment",
        "engineering-breadth", "ownership-at-end", "smallest-measurable-engagement", "mlops-architecture", "imperfect-data",
        "production-history", "data-engineering-depth",
    ];

    private int _dismissed = -1;

    private AccessScenario(
        IReadOnlyDictionary<string, JsonObject> objects, IReadOnlyDictionary<string, string> ids, IReadOnlyDictionary<string, string> scoredIds) =>
        (Objects, Ids, _scoredIds) = (objects, ids, scoredIds);

    private readonly IReadOnlyDictionary<string, string> _scoredIds;

    /// <summary>Each object as its owner first read it, keyed by the collection path (<c>/api/assessment/initiatives</c>).</summary>
    public IReadOnlyDictionary<string, JsonObject> Objects { get; }

    /// <summary>The ids a route names besides its object's (<c>{responseId}</c> → the invited vendor's submitted response).</summary>
    public IReadOnlyDictionary<string, string> Ids { get; }

    /// <summary>The ids a route on the scenario object names: the object's own where it has them (the scored brief's response), else the shared ones.</summary>
    public IEnumerable<KeyValuePair<string, string>> IdsOf(string objectKey) =>
        objectKey == ScoredBrief ? _scoredIds.Concat(Ids.Where(id => !_scoredIds.ContainsKey(id.Key))) : Ids;

    /// <summary>The key of a red flag of the scenario response that no test has dismissed yet.</summary>
    public string NextFlagKey() => $"guaranteed-accuracy:{FlaggedQuestions[Interlocked.Increment(ref _dismissed)]}";

    public static Task<AccessScenario> GetAsync(AppFixture fixture) =>
        Scenarios.GetValue(fixture, key => new Lazy<Task<AccessScenario>>(() => CreateAsync(key))).Value;

    /// <summary>Who may see each collection's scenario object.</summary>
    public static bool CanSee(Principal principal, string collection) => collection switch
    {
        "/api/engagements/engagements" => principal.IsTenantA || principal == Principal.InvitedVendor,
        // A brief and its invitations: the client that wrote it, and the vendor it invited (through its invitations).
        "/api/vendors/briefs" or "/api/vendors/invitations" or DraftResponseInvitation or ScoredBrief or BriefToAward =>
            principal.IsTenantA || principal == Principal.InvitedVendor,
        // The shared registry: every client organization and the operator see a profile, a vendor only its own; so too
        // the profile's certifications and their evidence files.
        "/api/vendors/vendors" or "/api/vendors/certifications" or "/api/vendors/files" =>
            principal.IsClient || principal == Principal.HostOperator || principal == Principal.InvitedVendor,
        "/api/vendors/vendors/imports" => principal == Principal.HostOperator,
        _ => principal.IsTenantA,
    };

    private static async Task<AccessScenario> CreateAsync(AppFixture fixture)
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var executive = await fixture.Principals.ClientAsync(Principal.TenantAExecutive);
        using var operatorClient = await fixture.Principals.ClientAsync(Principal.HostOperator);

        var objects = new Dictionary<string, JsonObject>
        {
            ["/api/assessment/initiatives"] = await CreateAsync(evaluator, "/api/assessment/initiatives",
                new { name = InitiativeName, useCase = InitiativeUseCase }),
            ["/api/engagements/engagements"] = await CreateAsync(evaluator, "/api/engagements/engagements",
                new { name = "Northwind demand forecast", vendorId = DemoDirectory.NeuralWorks, vendorName = "NeuralWorks" }),
            ["/api/reporting/exports"] = await CreateAsync(executive, "/api/reporting/exports",
                new { report = "portfolio-summary", format = "csv" }),
            ["/api/vendors/vendors"] = await RegisterVendorAsync(operatorClient),
        };
        var initiativeId = (Guid)objects["/api/assessment/initiatives"]["id"]!;
        objects["/api/assessment/assessments"] = await ReadAssessmentAsync(evaluator, await AssessmentClient.StartAsync(evaluator, initiativeId));
        var toComplete = await AssessmentClient.StartAsync(evaluator, initiativeId);
        using (var answered = await AssessmentClient.AnswerAsync(evaluator, toComplete, await AssessmentClient.CompleteAnswersAsync(evaluator)))
        {
            answered.EnsureSuccessStatusCode();
        }
        objects[AssessmentToComplete] = await ReadAssessmentAsync(evaluator, toComplete);

        foreach (var invitee in Invitees)
        {
            await CreateAsync(operatorClient, "/api/vendors/vendors", new { organizationId = invitee, name = $"Matrix invitee {invitee:N}" });
        }
        var certification = await CreateAsync(operatorClient, $"/api/vendors/vendors/{DemoDirectory.NeuralWorks}/certifications",
            new { kind = "fedramp", issuedOn = "2025-01-01", expiresOn = "2028-01-01" });
        objects["/api/vendors/certifications"] = certification;
        objects["/api/vendors/files"] = await CreateAsync(operatorClient, $"/api/vendors/certifications/{certification["id"]}/evidence?fileName=scenario.txt",
            new StringContent("Scenario evidence"));
        objects["/api/vendors/vendors/imports"] = await CreateAsync(operatorClient, "/api/vendors/vendors/imports", ImportCsv(), HttpStatusCode.Accepted);
        var brief = await CreateAsync(evaluator, "/api/vendors/briefs",
            new { title = BriefTitle, summary = "Who forecasts demand best", deadline = DateTimeOffset.UtcNow.AddDays(30) });
        objects["/api/vendors/briefs"] = brief;
        objects["/api/vendors/invitations"] = await CreateAsync(evaluator, $"/api/vendors/briefs/{brief["id"]}/invitations",
            new { vendorId = DemoDirectory.NeuralWorks });
        (await BriefClient.IssueAsync(evaluator, (Guid)brief["id"]!)).EnsureSuccessStatusCode();

        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var invitation = (Guid)objects["/api/vendors/invitations"]["id"]!;
        var ids = new Dictionary<string, string>
        {
            ["responseId"] = (string)(await BriefClient.AnswerAndSubmitAsync(vendor, invitation, await BriefClient.CompleteAnswersAsync(vendor,
                id => FlaggedQuestions.Contains(id) ? $"Our answer to {id}: we guarantee 95% accuracy." : $"Our answer to {id}: we start from your data.")))["id"]!,
            ["clarificationId"] = (string)(await CreateAsync(vendor, $"/api/vendors/invitations/{invitation}/clarifications",
                new { question = "Which invoice volumes do you expect?" }))["id"]!,
        };

        var draft = await CreateAsync(evaluator, "/api/vendors/briefs",
            new { title = DraftBriefTitle, summary = "Not issued yet", deadline = DateTimeOffset.UtcNow.AddDays(30) });
        objects[DraftBrief] = draft;
        ids["invitationId"] = (string)(await CreateAsync(evaluator, $"/api/vendors/briefs/{draft["id"]}/invitations",
            new { vendorId = DemoDirectory.QuickAi }))["id"]!;

        var second = await CreateAsync(evaluator, "/api/vendors/briefs",
            new { title = "Northwind second brief", summary = "Answered slowly", deadline = DateTimeOffset.UtcNow.AddDays(30) });
        objects[DraftResponseInvitation] = await CreateAsync(evaluator, $"/api/vendors/briefs/{second["id"]}/invitations",
            new { vendorId = DemoDirectory.NeuralWorks });
        (await BriefClient.IssueAsync(evaluator, (Guid)second["id"]!)).EnsureSuccessStatusCode();
        (await BriefClient.SaveAsync(vendor, (Guid)objects[DraftResponseInvitation]["id"]!, new JsonObject())).EnsureSuccessStatusCode();
        ids["fileId"] = (string)(await CreateAsync(vendor,
            $"/api/vendors/invitations/{objects[DraftResponseInvitation]["id"]}/response/attachments?questionId=team-members&fileName=scenario.txt",
            new StringContent("Scenario attachment")))["id"]!;

        // Both of tenant A's editors have started scoring the scenario response.
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        foreach (var editor in new[] { admin, evaluator })
        {
            (await ScoringClient.SaveAsync(editor, brief["id"]!, ids["responseId"], new JsonObject { ["problem-definition"] = 3 })).EnsureSuccessStatusCode();
        }
        var (scored, scoredResponse) = await BriefWithResponseAsync(evaluator, vendor, "Northwind brief to score");
        objects[ScoredBrief] = scored;
        foreach (var editor in new[] { admin, evaluator })
        {
            (await ScoringClient.SaveAsync(editor, scored["id"]!, scoredResponse, ScoringClient.AllScored(4))).EnsureSuccessStatusCode();
        }
        (objects[BriefToAward], ids["awardResponseId"]) = await BriefWithResponseAsync(evaluator, vendor, "Northwind brief to award");
        return new AccessScenario(objects, ids, new Dictionary<string, string> { ["responseId"] = scoredResponse });
    }

    /// <summary>An issued brief of tenant A and the invited vendor's submitted response to it.</summary>
    private static async Task<(JsonObject Brief, string ResponseId)> BriefWithResponseAsync(HttpClient client, HttpClient vendor, string title)
    {
        var brief = await CreateAsync(client, "/api/vendors/briefs",
            new { title, summary = "Scored and awarded", deadline = DateTimeOffset.UtcNow.AddDays(30) });
        var invitation = (Guid)(await CreateAsync(client, $"/api/vendors/briefs/{brief["id"]}/invitations", new { vendorId = DemoDirectory.NeuralWorks }))["id"]!;
        (await BriefClient.IssueAsync(client, (Guid)brief["id"]!)).EnsureSuccessStatusCode();
        return (brief, (string)(await BriefClient.AnswerAndSubmitAsync(vendor, invitation))["id"]!);
    }

    private static async Task<JsonObject> ReadAssessmentAsync(HttpClient client, Guid id) => (await AssessmentClient.ReadAsync(client, id)).Body;

    /// <summary>A registered vendor not yet invited to the scenario brief, for each invitation the tests create.</summary>
    public static Guid NextInvitee() => Invitees[Interlocked.Increment(ref _invited)];

    /// <summary>A CSV import of one new vendor.</summary>
    public static HttpContent ImportCsv() =>
        new StringContent($"id,name\n{Guid.NewGuid()},Matrix import {Guid.NewGuid():N}\n", System.Text.Encoding.UTF8, "text/csv");

    private static async Task<JsonObject> CreateAsync(
        HttpClient client, string collection, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsync(new Uri(collection, UriKind.Relative), body as HttpContent ?? JsonContent.Create(body));
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Creating the scenario's {collection} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    // The demo data may have registered the profile already; either way it is read back as it is.
    private static async Task<JsonObject> RegisterVendorAsync(HttpClient operatorClient)
    {
        using var _ = await operatorClient.PostAsJsonAsync(new Uri("/api/vendors/vendors", UriKind.Relative),
            new { organizationId = DemoDirectory.NeuralWorks, name = "NeuralWorks", website = "https://neuralworks.example" });
        return (await operatorClient.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/vendors/{DemoDirectory.NeuralWorks}", UriKind.Relative)))!;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// Every endpoint × every principal, through the gateway: anonymous gets 401, a role that may not use the endpoint
/// 403, another tenant's object 404 with nothing of it in the body, and lists never hold another tenant's rows.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccessMatrixTests(AppFixture fixture)
{
    [Fact]
    public async Task Every_endpoint_the_services_publish_has_an_entry_in_the_matrix_and_every_entry_exists()
    {
        var published = new List<string>();
        foreach (var segment in SystemUnderTest.ApiSegmentNames)
        {
            var document = await fixture.Gateway.GetFromJsonAsync<JsonObject>(new Uri($"/api/{segment}/openapi/v1.json", UriKind.Relative));
            foreach (var (path, operations) in document!["paths"]!.AsObject())
            {
                published.AddRange(operations!.AsObject().Select(operation =>
                    $"{operation.Key.ToUpperInvariant()} /api/{segment}{path.TrimEnd('/')}"));
            }
        }
        var listed = AccessMatrix.Rules.Select(rule => rule.Key).ToList();

        Assert.Empty(published.Except(listed));
        Assert.Empty(listed.Except(published));
    }

    [Theory]
    [MemberData(nameof(AccessMatrix.All), MemberType = typeof(AccessMatrix))]
    public async Task Each_principal_gets_exactly_what_its_role_and_organization_allow(EndpointRule rule)
    {
        var scenario = await AccessScenario.GetAsync(fixture);
        using var owner = await fixture.Principals.ClientAsync(rule.OwnerPrincipal);
        var failures = new List<string>();
        string? lastWritten = null;
        var succeeded = false;
        foreach (var principal in Principal.All)
        {
            using var client = await fixture.Principals.ClientAsync(principal);
            using var response = await SendAsync(client, owner, rule, scenario);
            var body = await response.Content.ReadAsStringAsync();
            var expected = Expected(rule, principal, succeeded);
            succeeded |= response.StatusCode == rule.SuccessStatus;
            if (response.StatusCode != expected)
            {
                failures.Add($"{principal}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
            }
            else if (rule.Method == "PUT" && response.StatusCode == HttpStatusCode.OK)
            {
                lastWritten = body;
            }
            failures.AddRange(Leaks(rule, principal, scenario, body).Select(leak => $"{principal}: body holds {leak}"));
        }
        if (rule is { Method: "PUT", IsObjectRoute: true, PerOrganization: false })
        {
            // Its allowed writers wrote it last (tenant A's come first, the invited vendor before the uninvited one);
            // everyone after them, foreign or refused, changed nothing.
            var stored = await owner.GetStringAsync(new Uri(rule.ObjectPathIn(scenario), UriKind.Relative));
            if (JsonNode.Parse(stored)!.ToJsonString() != JsonNode.Parse(lastWritten ?? "null")?.ToJsonString())
            {
                failures.Add($"the object changed after tenant A's last write: {stored}");
            }
        }

        Assert.True(failures.Count == 0, $"{rule}:\n{string.Join('\n', failures)}");
    }

    private static HttpStatusCode Expected(EndpointRule rule, Principal principal, bool succeededBefore) =>
        principal == Principal.Anonymous ? HttpStatusCode.Unauthorized
        : !rule.RoleAllows(principal) ? HttpStatusCode.Forbidden
        : rule.IsObjectRoute && !AccessScenario.CanSee(principal, rule.ObjectKey) ? HttpStatusCode.NotFound
        : succeededBefore && rule.Repeated is { } repeated ? repeated
        : rule.SuccessStatus;

    /// <summary>
    /// An edit carries the current ETag of what it changes, so only access decides the answer; a PUT without a body of
    /// its own sends back what the owner read.
    /// </summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpClient owner, EndpointRule rule, AccessScenario scenario)
    {
        using var request = new HttpRequestMessage(new HttpMethod(rule.Method), new Uri(rule.PathIn(scenario), UriKind.Relative));
        request.Content = rule.Content(scenario);
        if (rule.Method is "PUT" || (rule.Method is "POST" && rule.SuccessStatus == HttpStatusCode.OK))
        {
            var objectPath = new Uri(rule.ObjectPathIn(scenario), UriKind.Relative);
            using var current = rule.PerOrganization ? null : await owner.GetAsync(objectPath);
            request.Content ??= rule.Method is "PUT" ? new StringContent(await current!.Content.ReadAsStringAsync(), System.Text.Encoding.UTF8, "application/json") : null;
            // A route that is not an object's, or whose object each organization has its own of (its rubric, its notes
            // on a vendor), is edited at the caller's own version.
            var ownVersion = !rule.IsObjectRoute || rule.PerOrganization;
            using var own = ownVersion ? await client.GetAsync(objectPath) : null;
            if ((ownVersion ? own! : current!).Headers.ETag is { } etag)
            {
                request.Headers.IfMatch.Add(etag);
            }
        }
        return await client.SendAsync(request);
    }

    /// <summary>What of tenant A's scenario objects a body shows to a principal that may not see them.</summary>
    private static IEnumerable<string> Leaks(EndpointRule rule, Principal principal, AccessScenario scenario, string body)
    {
        var segment = rule.Route.Split('/')[2];
        var isAuditLog = rule.Route.EndsWith("/audit-log", StringComparison.Ordinal);
        foreach (var (collection, item) in scenario.Objects.Where(entry => entry.Key.Split('/')[2] == segment))
        {
            if (AccessScenario.CanSee(principal, collection))
            {
                continue;
            }
            // A principal's own audit log records the ids it tried and was refused; names never appear.
            if (!isAuditLog && body.Contains((string)item["id"]!, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"the id of {collection}";
            }
            foreach (var words in new[] { "name", "title" })
            {
                if (item[words] is JsonValue value && body.Contains((string)value!, StringComparison.Ordinal))
                {
                    yield return $"the {words} of {collection}";
                }
            }
        }
    }
}

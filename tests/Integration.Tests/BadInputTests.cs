using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests;

/// <summary>Whatever a client sends, the answer is a problem response, never a 500, and nothing is written.</summary>
[Collection(AppCollection.Name)]
public sealed class BadInputTests(AppFixture fixture)
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "/api/assessment/initiatives", """{"name":""}""", "name" },
        { "/api/assessment/initiatives", "{not json", "" },
        { "/api/assessment/initiatives", """{"name":"X","useCase":"Y","budget":-1}""", "budget" },
        { "/api/assessment/initiatives", $$"""{"name":"X","useCase":"Y","owner":"{{new string('o', 201)}}"}""", "owner" },
        { "/api/assessment/initiatives", """{"name":"X","useCase":"Y","deadline":"next spring"}""", "" },
        { "/api/vendors/briefs", """{"title":"X","summary":"Y"}""", "deadline" },
        { "/api/vendors/briefs", """{"title":"X","summary":"Y","deadline":"2020-01-01T00:00:00Z"}""", "deadline" },
        { "/api/vendors/briefs", """{"title":"X","summary":"Y","deadline":"2099-01-01T00:00:00Z","regulations":["hippa"]}""", "regulations[0]" },
        { "/api/vendors/briefs", """{"title":"X","summary":"Y","deadline":"2099-01-01T00:00:00Z","engagementModel":"body-shop"}""", "engagementModel" },
        { "/api/vendors/vendors", """{"organizationId":"0193a000-0000-7000-8000-00000000ffff","name":"X","website":"not a url"}""", "website" },
        { "/api/vendors/vendors", """{"name":"X"}""", "organizationId" },
        { "/api/engagements/engagements", """{"name":"X","vendorId":"0193a000-0000-7000-8000-000000000101"}""", "vendorName" },
        { "/api/engagements/engagements", """{"name":"X","vendorId":"not-a-guid","vendorName":"Y"}""", "" },
        { "/api/reporting/exports", """{"report":"no-such-report","format":"csv"}""", "" },
        { "/api/reporting/exports", """{}""", "report" },
        { "/api/vendors/vendors", "[]", "" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_gets_a_400_problem_and_writes_nothing(string collection, string body, string field)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.WriterOf(collection));
        var before = await TotalAsync(client, collection);

        using var response = await client.PostAsync(
            new Uri(collection, UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (int)problem["status"]!);
        Assert.NotNull(problem["traceId"]);
        if (field.Length > 0)
        {
            Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        }
        Assert.Equal(before, await TotalAsync(client, collection));
    }

    [Theory]
    [InlineData("/api/vendors/vendors?pageSize=500", "pageSize")]
    [InlineData("/api/assessment/initiatives?sort=colour", "sort")]
    [InlineData("/api/assessment/initiatives?status=done", "status")]
    [InlineData("/api/assessment/initiatives?q=" + LongText, "q")]
    [InlineData("/api/vendors/vendors?capability=telepathy", "capability")]
    [InlineData("/api/vendors/vendors?vertical=Healthcare", "vertical")]
    [InlineData("/api/vendors/vendors?region=mars", "region")]
    [InlineData("/api/vendors/vendors?certification=iso27001", "certification")]
    [InlineData("/api/vendors/vendors?sort=colour", "sort")]
    public async Task Query_errors_name_the_parameter_as_the_client_wrote_it(string path, string parameter)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([parameter], problem["errors"]!.AsObject().Select(error => error.Key));
    }

    private const string LongText =
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" +
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    [Theory]
    [InlineData("/api/vendors/vendors?pageSize=201")]
    [InlineData("/api/vendors/vendors?pageSize=0")]
    [InlineData("/api/vendors/vendors?page=0")]
    [InlineData("/api/vendors/vendors?page=abc")]
    [InlineData("/api/vendors/vendors/not-a-guid")]
    [InlineData("/api/vendors/vendors?validOn=tomorrow")]
    [InlineData("/api/vendors/vendors/not-a-guid/certifications")]
    [InlineData("/api/vendors/files/not-a-guid")]
    public async Task A_bad_query_gets_a_4xx_problem(string path)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, string, string, string> BadProfileWrites => new()
    {
        { "PUT", "", """{"name":""}""", "name" },
        { "PUT", "", """{"name":"X","capabilities":["telepathy"]}""", "" },
        { "PUT", "", """{"name":"X","timeZones":["Mars/Olympus"]}""", "timeZones" },
        { "PUT", "", """{"name":"X","retentionPercent":101}""", "retentionPercent" },
        { "PUT", "", """{"name":"X","modelsInProduction":-1}""", "modelsInProduction" },
        { "PUT", "", """{"name":"X","website":"not a url"}""", "website" },
        { "PUT", "", """{"name":"X","rateCard":[{"seniority":"senior","hourlyRate":70,"currency":"dollars"}]}""", "rateCard" },
        { "PUT", "", """{"name":"X","rateCard":[{"seniority":"senior","hourlyRate":70,"currency":"USD"},{"seniority":"senior","hourlyRate":80,"currency":"USD"}]}""", "rateCard" },
        { "PUT", "", """{"name":"X","teamMembers":[{"name":"","role":"Lead","yearsWithVendor":3}]}""", "teamMembers" },
        { "PUT", "", $$$"""{"name":"X","security":{"dataResidency":"{{{new string('r', 501)}}}"}}""", "security" },
        { "POST", "/certifications", """{"kind":"other","issuedOn":"2026-01-01","expiresOn":"2027-01-01"}""", "name" },
        { "POST", "/certifications", """{"kind":"iso-27001","name":"Mine","issuedOn":"2026-01-01","expiresOn":"2027-01-01"}""", "name" },
        { "POST", "/certifications", """{"kind":"iso-27001","issuedOn":"2027-01-01","expiresOn":"2026-01-01"}""", "expiresOn" },
        { "POST", "/certifications", """{"kind":"iso27001","issuedOn":"2026-01-01","expiresOn":"2027-01-01"}""", "" },
        { "POST", "/certifications", """{"kind":"hitrust","issuedOn":"soon","expiresOn":"2027-01-01"}""", "" },
        { "POST", "/certifications", """{"kind":"hitrust"}""", "issuedOn" },
    };

    [Theory]
    [MemberData(nameof(BadProfileWrites))]
    public async Task A_bad_profile_or_certification_gets_a_400_problem_and_writes_nothing(string method, string subPath, string body, string field)
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var vendor = $"/api/vendors/vendors/{await VendorRegistry.VendorsClient.RegisterAsync(host, "Bad input vendor")}";
        var (before, etag) = await VendorRegistry.VendorsClient.ReadAsync(host, vendor);

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(vendor + subPath, UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(etag!);
        using var response = await host.SendAsync(request);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field.Length > 0)
        {
            Assert.True(problem["errors"]?.AsObject().Any(error => error.Key.StartsWith(field, StringComparison.Ordinal)) == true, problem.ToJsonString());
        }
        Assert.Equal(before.ToJsonString(), (await VendorRegistry.VendorsClient.ReadAsync(host, vendor)).Body.ToJsonString());
        Assert.Equal(0L, await TotalAsync(host, $"{vendor}/certifications"));
    }

    private static async Task<long> TotalAsync(HttpClient client, string collection)
    {
        var list = await client.GetFromJsonAsync<JsonObject>(new Uri($"{collection}?pageSize=1", UriKind.Relative));
        return (long)list!["total"]!;
    }
}

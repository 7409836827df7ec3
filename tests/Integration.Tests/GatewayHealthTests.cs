using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests;

[Collection(AppCollection.Name)]
public sealed class GatewayHealthTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(SystemUnderTest.GatewayDestinations), MemberType = typeof(SystemUnderTest))]
    public async Task The_gateway_health_reports_every_downstream_service_healthy(string service)
    {
        using var response = await fixture.Gateway.GetAsync(new Uri("/health", UriKind.Relative));
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)report["entries"]![service]!["status"]);
    }

    [Theory]
    [MemberData(nameof(SystemUnderTest.ApiSegments), MemberType = typeof(SystemUnderTest))]
    public async Task Each_service_health_includes_its_database_and_Redis(string service)
    {
        using var response = await fixture.Gateway.GetAsync(new Uri($"/api/{service}/health", UriKind.Relative));
        var entries = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["entries"]!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)entries["postgres"]!["status"]);
        Assert.Equal("Healthy", (string?)entries["redis"]!["status"]);
    }

    [Theory]
    [MemberData(nameof(SystemUnderTest.ApiSegments), MemberType = typeof(SystemUnderTest))]
    public async Task Each_service_publishes_its_OpenAPI_document_through_the_gateway(string service)
    {
        using var response = await fixture.Gateway.GetAsync(new Uri($"/api/{service}/openapi/v1.json", UriKind.Relative));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", (string?)document["openapi"], StringComparison.Ordinal);
        Assert.NotEmpty(document["paths"]!.AsObject());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/vendors/vendors")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await fixture.Gateway.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_on_the_gateway_not_on_the_portal_behind_it()
    {
        using var client = PortalSignIn.CreateClient(fixture.Gateway.BaseAddress!);

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var location = new Uri(fixture.Gateway.BaseAddress!, response.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(fixture.Gateway.BaseAddress!.Authority, location.Authority);
        Assert.Equal(PortalSignIn.LoginPath, location.AbsolutePath);
    }

    [Fact]
    public async Task The_portal_is_served_at_the_root_with_its_Blazor_script()
    {
        var page = await fixture.Gateway.GetStringAsync(new Uri(PortalSignIn.LoginPath, UriKind.Relative));
        // Static assets are fingerprinted (blazor.web.<hash>.js) in some builds and not in others.
        var scriptPath = Regex.Match(page, "src=\"(_framework/blazor\\.web[^\"]*\\.js)\"").Groups[1].Value;
        using var script = await fixture.Gateway.GetAsync(new Uri("/" + scriptPath, UriKind.Relative));

        Assert.NotEmpty(scriptPath);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Browser;
using OutsourcingPortal.Integration.Tests.Identity;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>A vendor's own system answers a brief with an API client its admin created: as its people may, and no more.</summary>
[Collection(AppCollection.Name)]
public sealed class VendorApiClientTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_vendors_system_answers_and_submits_through_the_api_and_reads_no_evaluation()
    {
        using var evaluator = await Fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var brief = (Guid)(await BriefClient.CreateAsync(evaluator, "Answered by a vendor's system"))["id"]!;
        var invitation = await BriefClient.InviteAsync(evaluator, brief, DemoDirectory.NeuralWorks);
        (await BriefClient.IssueAsync(evaluator, brief)).EnsureSuccessStatusCode();
        var credentials = await Browser.CreateApiClientAsync(Gateway, "team@neuralworks.demo", "NeuralWorks bid system", PortalRoles.VendorUser);
        using var system = new HttpClient { BaseAddress = Fixture.Gateway.BaseAddress };
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await TokenEndpointClient.GetAccessTokenAsync(Fixture.Gateway, credentials));

        var submitted = await BriefClient.AnswerAndSubmitAsync(system, invitation);
        using var evaluation = await system.GetAsync(new Uri($"/api/vendors/briefs/{brief}/evaluation", UriKind.Relative));
        var read = (await evaluator.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}/responses/{submitted["id"]}", UriKind.Relative)))!;

        Assert.Equal("submitted", (string?)submitted["status"]);
        Assert.Equal(HttpStatusCode.Forbidden, evaluation.StatusCode);
        Assert.Equal(("NeuralWorks", "submitted"), ((string?)read["vendorName"], (string?)read["status"]));
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>The seeded demo world, seen by each kind of person: their own organization's work and nothing else.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoDataIsolationTests(AppFixture fixture)
{
    [Fact]
    public async Task Each_organization_sees_its_own_demo_initiatives_and_not_the_others()
    {
        var northwind = await NamesAsync(Principal.TenantAEvaluator, "/api/assessment/initiatives");
        var contoso = await NamesAsync(Principal.TenantBAdmin, "/api/assessment/initiatives");

        Assert.Contains("Invoice triage", northwind);
        Assert.DoesNotContain("Support assistant", northwind);
        Assert.Contains("Support assistant", contoso);
        Assert.DoesNotContain("Invoice triage", contoso);
    }

    [Fact]
    public async Task A_vendor_sees_only_the_engagements_it_works_on_and_a_vendor_with_none_sees_none()
    {
        var neuralWorks = await NamesAsync(Principal.InvitedVendor, "/api/engagements/engagements");
        var dataForge = await NamesAsync(Principal.UninvitedVendor, "/api/engagements/engagements");
        var quickAi = await NamesAsync(Principal.IdleVendor, "/api/engagements/engagements");

        Assert.Contains("Demand forecasting pilot", neuralWorks);
        Assert.DoesNotContain("Support assistant build", neuralWorks);
        Assert.Equal(["Support assistant build"], dataForge);
        Assert.Empty(quickAi);
    }

    [Fact]
    public async Task Client_organizations_browse_every_registered_vendor_while_a_vendor_sees_only_its_own_profile()
    {
        var client = await NamesAsync(Principal.TenantBAdmin, "/api/vendors/vendors");
        var vendor = await NamesAsync(Principal.UninvitedVendor, "/api/vendors/vendors");

        Assert.Superset(new HashSet<string> { "NeuralWorks", "DataForge", "QuickAI" }, client.ToHashSet());
        Assert.Equal(["DataForge"], vendor);
    }

    [Fact]
    public async Task A_vendor_sees_the_invitations_of_every_client_that_invited_it_and_no_one_elses()
    {
        var neuralWorks = await NamesAsync(Principal.InvitedVendor, "/api/vendors/invitations", "title");
        var dataForge = await NamesAsync(Principal.UninvitedVendor, "/api/vendors/invitations", "title");
        var quickAi = await NamesAsync(Principal.IdleVendor, "/api/vendors/invitations", "title");

        Assert.Contains("Invoice triage build", neuralWorks);
        Assert.DoesNotContain("Support assistant pilot", neuralWorks);
        // Northwind has invited NeuralWorks to a draft too, which no vendor sees until it is issued.
        Assert.DoesNotContain("Contract clause extraction", neuralWorks);
        Assert.Equal(["Support assistant pilot"], dataForge);
        Assert.Equal(["Invoice triage build", "Support assistant pilot"], quickAi.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_client_organization_sees_its_own_briefs_and_not_the_others()
    {
        var northwind = await NamesAsync(Principal.TenantAEvaluator, "/api/vendors/briefs", "title");
        var contoso = await NamesAsync(Principal.TenantBAdmin, "/api/vendors/briefs", "title");

        Assert.Contains("Invoice triage build", northwind);
        Assert.DoesNotContain("Support assistant pilot", northwind);
        Assert.Contains("Support assistant pilot", contoso);
        Assert.DoesNotContain("Invoice triage build", contoso);
    }

    private async Task<List<string>> NamesAsync(Principal principal, string collection, string field = "name")
    {
        using var client = await fixture.Principals.ClientAsync(principal);
        var page = await client.GetFromJsonAsync<JsonObject>(new Uri($"{collection}?pageSize=200", UriKind.Relative));
        return page!["items"]!.AsArray().Select(item => (string)item![field]!).ToList();
    }
}

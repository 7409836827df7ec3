using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Tenancy;
using static OutsourcingPortal.Integration.Tests.VendorRegistry.VendorsClient;

namespace OutsourcingPortal.Integration.Tests.VendorRegistry;

/// <summary>Each client organization's private notes and rating of a vendor: its own, unseen by other organizations and the vendor.</summary>
[Collection(AppCollection.Name)]
public sealed class VendorNotesTests(AppFixture fixture)
{
    [Fact]
    public async Task Two_organizations_keep_separate_notes_on_one_vendor_and_neither_the_vendor_nor_the_host_sees_them()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        using var northwind = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var contoso = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);
        var vendorId = await RegisterAsync(host, "Noted vendor");
        var notes = $"{Vendors}/{vendorId}/notes";

        var (empty, noTag) = await ReadAsync(contoso, notes);
        using var northwindWrites = await PutAsync(northwind, notes, null, new { rating = 2, notes = "  Northwind: slow to answer  " });
        using var contosoWrites = await PutAsync(contoso, notes, null, new { rating = 5, notes = "Contoso: excellent pilot" });
        var (northwindReads, _) = await ReadAsync(northwind, notes);
        var (contosoReads, _) = await ReadAsync(contoso, notes);

        Assert.Equal((null, "", null), ((int?)empty["rating"], (string?)empty["notes"], noTag));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (northwindWrites.StatusCode, contosoWrites.StatusCode));
        Assert.Equal((2, "Northwind: slow to answer", "Noah Evaluator"),
            ((int?)northwindReads["rating"], (string?)northwindReads["notes"], (string?)northwindReads["updatedBy"]));
        Assert.Equal((5, "Contoso: excellent pilot"), ((int?)contosoReads["rating"], (string?)contosoReads["notes"]));
        foreach (var outsider in new[] { Principal.InvitedVendor, Principal.HostOperator })
        {
            using var client = await fixture.Principals.ClientAsync(outsider);
            using var read = await client.GetAsync(new Uri(notes, UriKind.Relative));
            var profile = await client.GetStringAsync(new Uri($"{Vendors}/{(outsider == Principal.HostOperator ? vendorId : DemoDirectory.NeuralWorks)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
            Assert.DoesNotContain("slow to answer", profile, StringComparison.Ordinal);
        }
        Assert.Equal([DemoDirectory.Northwind, DemoDirectory.Contoso], await NoteOwnersAsync(vendorId));
    }

    [Fact]
    public async Task Notes_once_written_change_only_with_If_Match_at_their_current_version()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var notes = $"{Vendors}/{await RegisterAsync(host, "Versioned notes")}/notes";
        using var first = await PutAsync(evaluator, notes, null, new { rating = 3, notes = "First" });

        using var blind = await PutAsync(evaluator, notes, null, new { rating = 1, notes = "Blind" });
        using var second = await PutAsync(evaluator, notes, first.Headers.ETag, new { rating = 4, notes = "Second" });
        using var stale = await PutAsync(evaluator, notes, first.Headers.ETag, new { rating = 5, notes = "Stale" });
        using var invalid = await PutAsync(evaluator, notes, second.Headers.ETag, new { rating = 6, notes = "Out of range" });
        var (read, _) = await ReadAsync(evaluator, notes);

        Assert.Equal(HttpStatusCode.PreconditionRequired, blind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.NotNull((await invalid.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["rating"]);
        Assert.Equal((4, "Second"), ((int?)read["rating"], (string?)read["notes"]));
    }

    [Fact]
    public async Task Notes_on_an_unknown_vendor_are_404()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);

        using var read = await evaluator.GetAsync(new Uri($"{Vendors}/{Guid.NewGuid()}/notes", UriKind.Relative));
        using var write = await PutAsync(evaluator, $"{Vendors}/{Guid.NewGuid()}/notes", null, new { rating = 3 });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, write.StatusCode));
    }

    private async Task<List<Guid>> NoteOwnersAsync(Guid vendorId)
    {
        await using var connection = ServiceDatabases.Superuser(fixture, "vendordb");
        await connection.OpenAsync();
        return await CatalogTests.ReadAsync(connection, "select tenant_id from vendor_notes where vendor_id = $1 order by tenant_id",
            row => row.GetGuid(0), vendorId);
    }
}

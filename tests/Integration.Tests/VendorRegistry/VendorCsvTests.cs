using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Events;
using static OutsourcingPortal.Integration.Tests.VendorRegistry.VendorsClient;

namespace OutsourcingPortal.Integration.Tests.VendorRegistry;

/// <summary>The registry as CSV: exported by clients and the host, imported by the host in the background, row by row.</summary>
[Collection(AppCollection.Name)]
public sealed class VendorCsvTests(AppFixture fixture)
{
    private const string Imports = "/api/vendors/vendors/imports";

    [Fact]
    public async Task The_export_is_a_CSV_attachment_that_parses_back_into_every_profile_field()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);

        using var response = await client.GetAsync(new Uri($"{Vendors}/export.csv", UriKind.Relative));
        var rows = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var neuralWorks = Assert.Single(rows, row => row["id"] == DemoDirectory.NeuralWorks.ToString());
        Assert.Equal("NeuralWorks", neuralWorks["name"]);
        Assert.Equal("data-engineering;model-development;mlops;nlp;llm-genai", neuralWorks["capabilities"]);
        Assert.Equal("Europe/Warsaw;Europe/Berlin", neuralWorks["timeZones"]);
        Assert.StartsWith("junior|35|USD;mid|50|USD;senior|70|USD", neuralWorks["rateCard"], StringComparison.Ordinal);
        Assert.Equal(("true", "false"), (neuralWorks["gdpr"], neuralWorks["hipaa"]));
        Assert.Contains(rows, row => row["id"] == DemoDirectory.DataForge.ToString());
    }

    [Fact]
    public async Task The_export_holds_only_the_vendors_the_search_filters_find_and_refuses_an_unknown_value()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);

        var rows = Parse(await client.GetStringAsync(new Uri($"{Vendors}/export.csv?capability=data-labeling&vertical=healthcare", UriKind.Relative)));
        using var unknown = await client.GetAsync(new Uri($"{Vendors}/export.csv?capability=telepathy", UriKind.Relative));

        Assert.Contains(rows, row => row["id"] == DemoDirectory.DataForge.ToString());
        Assert.DoesNotContain(rows, row => row["id"] == DemoDirectory.NeuralWorks.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task An_import_takes_the_valid_rows_reports_each_invalid_one_by_row_and_column_and_shows_its_progress()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var (good, alsoGood, badCapability, badCurrency) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var csv = $"""
            id,name,capabilities,rateCard,teamMembers,retentionPercent,gdpr,timeZones
            {good},Imported One,nlp;mlops,senior|80|USD,"Kim Lee|Lead, NLP|3",90,true,Europe/Warsaw
            {badCapability},Bad capability,telepathy,,,,,
            not-a-uuid,No id,,,,,,
            {badCurrency},Bad currency,,senior|80|dollars,,150,maybe,Mars/Olympus
            {alsoGood},Imported Two,,,,,,
            only,two

            """;

        using var accepted = await host.PostAsync(new Uri(Imports, UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
        var import = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!;
        var done = await WaitForCompletionAsync(host, $"/api/vendors{accepted.Headers.Location}");

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal((6, "queued"), ((int)import["rowsTotal"]!, (string?)import["status"]));
        Assert.Equal((6, 6, 2, 4), ((int)done["rowsTotal"]!, (int)done["rowsDone"]!, (int)done["rowsImported"]!, (int)done["rowsFailed"]!));
        Assert.NotNull(done["finishedAt"]);
        var errors = done["errors"]!.AsArray().Select(error => ((int)error!["row"]!, (string)error["column"]!)).ToList();
        Assert.Contains((3, "capabilities"), errors);
        Assert.Contains((4, "id"), errors);
        Assert.Contains((5, "rateCard"), errors);
        Assert.Contains((5, "retentionPercent"), errors);
        Assert.Contains((5, "gdpr"), errors);
        Assert.Contains((7, ""), errors);
        Assert.DoesNotContain(errors, error => error.Item1 is 2 or 6);
        var (imported, _) = await ReadAsync(host, $"{Vendors}/{good}");
        Assert.Equal(("Imported One", "Lead, NLP", 90m), ((string?)imported["name"], (string?)imported["teamMembers"]![0]!["role"], (decimal)imported["retentionPercent"]!));
        Assert.Equal(["nlp", "mlops"], imported["capabilities"]!.AsArray().Select(value => (string)value!));
        Assert.True((bool)imported["security"]!["gdpr"]!);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(new Uri($"{Vendors}/{alsoGood}", UriKind.Relative))).StatusCode);
        foreach (var refused in new[] { badCapability, badCurrency })
        {
            using var read = await host.GetAsync(new Uri($"{Vendors}/{refused}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }
    }

    [Fact]
    public async Task An_exported_profile_imports_back_unchanged_over_its_vendor()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var id = await RegisterWithProfileAsync(host, FullProfile($"Round trip {Guid.NewGuid():N}"));
        var (before, _) = await ReadAsync(host, $"{Vendors}/{id}");
        var export = await host.GetStringAsync(new Uri($"{Vendors}/export.csv", UriKind.Relative));
        var lines = export.Split("\r\n");
        var row = Assert.Single(lines, line => line.StartsWith(id.ToString(), StringComparison.Ordinal));

        using var accepted = await host.PostAsync(new Uri(Imports, UriKind.Relative),
            new StringContent($"{lines[0]}\r\n{row}\r\n", Encoding.UTF8, "text/csv"));
        var done = await WaitForCompletionAsync(host, $"/api/vendors{accepted.Headers.Location}");
        var (after, _) = await ReadAsync(host, $"{Vendors}/{id}");

        Assert.Equal((1, 0), ((int)done["rowsImported"]!, (int)done["rowsFailed"]!));
        before.Remove("updatedAt");
        after.Remove("updatedAt");
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Theory]
    [InlineData("name,website\nX,https://x.example\n", "header")]
    [InlineData("id,name,colour\n0193a000-0000-7000-8000-00000000abcd,X,blue\n", "header")]
    [InlineData("id,name\n", "rows")]
    [InlineData("", "header")]
    public async Task A_file_the_import_cannot_use_as_a_whole_is_400_before_anything_starts(string csv, string field)
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);

        using var response = await host.PostAsync(new Uri(Imports, UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task An_import_that_is_not_CSV_is_415()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);

        using var response = await host.PostAsJsonAsync(new Uri(Imports, UriKind.Relative), new { id = Guid.NewGuid(), name = "JSON" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<JsonObject> WaitForCompletionAsync(HttpClient host, string path)
    {
        JsonObject import = [];
        await Eventually.TrueAsync(async () =>
        {
            import = (await ReadAsync(host, path)).Body;
            return (string?)import["status"] == "completed";
        }, TimeSpan.FromSeconds(60), $"The import at {path} did not complete: {import.ToJsonString()}");
        return import;
    }

    private static List<Dictionary<string, string>> Parse(string csv)
    {
        using var reader = CsvReader.Create(new StringReader(csv), new CsvReaderOptions { Separator = ',' }, leaveOpen: false);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((column, index) => (column, index)).ToDictionary(cell => cell.column, cell => reader.GetString(cell.index) ?? ""));
        }
        return rows;
    }
}

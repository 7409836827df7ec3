using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using static OutsourcingPortal.Integration.Tests.VendorRegistry.RawUploads;
using static OutsourcingPortal.Integration.Tests.VendorRegistry.VendorsClient;

namespace OutsourcingPortal.Integration.Tests.VendorRegistry;

/// <summary>Certifications with their expiry and evidence files: typed by content, limited in size, named for display only.</summary>
[Collection(AppCollection.Name)]
public sealed class CertificationTests(AppFixture fixture)
{
    [Fact]
    public async Task Evidence_uploaded_by_the_vendor_downloads_byte_for_byte_as_an_attachment_for_a_client()
    {
        using var vendor = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAExecutive);
        var certificationId = await AddCertificationAsync(vendor, DemoDirectory.QuickAi,
            new { kind = "iso-27001", issuedOn = "2026-01-15", expiresOn = "2029-01-14" });

        using var upload = await UploadAsync(vendor, certificationId, Pdf, "ISO 27001 certificate.pdf", "application/octet-stream");
        var file = (await upload.Content.ReadFromJsonAsync<JsonObject>())!;
        using var download = await client.GetAsync(new Uri($"/api/vendors{upload.Headers.Location}", UriKind.Relative));
        var (certification, _) = await ReadAsync(client, $"/api/vendors/certifications/{certificationId}");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(("application/pdf", "ISO 27001 certificate.pdf", Pdf.Length), ((string?)file["contentType"], (string?)file["fileName"], (int)file["size"]!));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), (string?)file["sha256"]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal((string?)file["id"], (string?)Assert.Single(certification["evidence"]!.AsArray())!["id"]);
        Assert.Equal("iso-27001", (string?)certification["kind"]);
    }

    [Fact]
    public async Task A_file_over_10_MB_is_413_at_the_gateway_one_over_1_MB_passes_and_nothing_is_kept_of_the_refused()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var certificationId = await NewCertificationAsync(host);

        using var tooLarge = await UploadAsync(host, certificationId, Png(10 * 1024 * 1024 + 1), "huge.png");
        using var large = await UploadAsync(host, certificationId, Png(2 * 1024 * 1024), "large.png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, large.StatusCode);
        Assert.Equal(["large.png"], await EvidenceNamesAsync(host, certificationId));
    }

    [Theory]
    [InlineData("an executable", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00 })]
    [InlineData("a GIF", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00 })]
    [InlineData("binary data", new byte[] { 0x00, 0x01, 0x02, 0xFF, 0xFE })]
    public async Task Content_that_is_not_an_accepted_kind_is_415_whatever_its_name_and_type_say(string what, byte[] content)
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var certificationId = await NewCertificationAsync(host);

        using var response = await UploadAsync(host, certificationId, content, "certificate.pdf", "application/pdf");

        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, what);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await EvidenceNamesAsync(host, certificationId));
    }

    [Fact]
    public async Task A_zip_that_is_no_office_document_is_refused_and_a_docx_is_taken_by_its_content()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var certificationId = await NewCertificationAsync(host);

        using var zip = await UploadAsync(host, certificationId, Zip("readme.txt"), "report.docx");
        using var docx = await UploadAsync(host, certificationId, Zip("[Content_Types].xml", "word/document.xml"), "report.bin");
        var file = (await docx.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, zip.StatusCode);
        Assert.Equal(HttpStatusCode.Created, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (string?)file["contentType"]);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\system32\\evil.txt", "evil.txt")]
    [InlineData("...", "file")]
    [InlineData("report\u0000<script>.txt", "reportscript.txt")]
    public async Task A_file_name_is_kept_as_display_text_only_never_as_a_path(string clientName, string displayName)
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var certificationId = await NewCertificationAsync(host);

        using var upload = await UploadAsync(host, certificationId, Encoding.UTF8.GetBytes("Auditor's letter\n"), clientName);
        using var download = await host.GetAsync(new Uri($"/api/vendors{upload.Headers.Location}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(displayName, (string?)(await upload.Content.ReadFromJsonAsync<JsonObject>())!["fileName"]);
        Assert.Equal(displayName, download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("text/plain", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_empty_file_is_422_and_another_vendors_certification_is_404()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        using var otherVendor = await fixture.Principals.ClientAsync(Principal.UninvitedVendor);
        var certificationId = await NewCertificationAsync(host);

        using var empty = await UploadAsync(host, certificationId, [], "empty.txt");
        using var foreign = await UploadAsync(otherVendor, certificationId, Pdf, "mine.pdf");
        using var foreignRead = await otherVendor.GetAsync(new Uri($"/api/vendors/certifications/{certificationId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignRead.StatusCode);
        Assert.Empty(await EvidenceNamesAsync(host, certificationId));
    }

    [Fact]
    public async Task A_certification_says_in_words_whether_it_is_valid_expiring_within_60_days_expired_or_not_yet_valid()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var vendorId = await RegisterAsync(host, "Certified vendor");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (issued, expires) in new[] { (-300, 400), (-300, 30), (-700, -1), (10, 500) })
        {
            await AddCertificationAsync(host, vendorId, new { kind = "other", name = $"Cert {issued}/{expires}", issuedOn = today.AddDays(issued), expiresOn = today.AddDays(expires) });
        }

        var list = await host.GetFromJsonAsync<JsonObject>(new Uri($"{Vendors}/{vendorId}/certifications", UriKind.Relative));

        Assert.Equal(["not-yet-valid", "valid", "expiring-soon", "expired"],
            list!["items"]!.AsArray().Select(item => (string)item!["status"]!));
    }

    [Fact]
    public async Task The_demo_vendors_hold_one_certification_expiring_soon_after_the_demo_day_and_one_expired_before_it()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var demoDay = new DateOnly(2026, 11, 23);
        var expiries = new List<DateOnly>();
        foreach (var vendorId in new[] { DemoDirectory.NeuralWorks, DemoDirectory.DataForge, DemoDirectory.QuickAi })
        {
            var list = await client.GetFromJsonAsync<JsonObject>(new Uri($"{Vendors}/{vendorId}/certifications", UriKind.Relative));
            expiries.AddRange(list!["items"]!.AsArray().Select(item => DateOnly.Parse((string)item!["expiresOn"]!, System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Contains(expiries, expiry => expiry >= demoDay && expiry.DayNumber - demoDay.DayNumber <= 60);
        Assert.Contains(expiries, expiry => expiry < demoDay);
    }

    private static async Task<Guid> NewCertificationAsync(HttpClient host) =>
        await AddCertificationAsync(host, await RegisterAsync(host, "Evidence vendor"), new { kind = "soc-2-type-ii", issuedOn = "2026-01-01", expiresOn = "2027-01-01" });

    private static Task<HttpResponseMessage> UploadAsync(
        HttpClient client, Guid certificationId, byte[] content, string fileName, string contentType = "application/octet-stream") =>
        PostAsync(client, $"/api/vendors/certifications/{certificationId}/evidence?fileName={Uri.EscapeDataString(fileName)}", content, contentType);

    private static async Task<List<string>> EvidenceNamesAsync(HttpClient client, Guid certificationId)
    {
        var (certification, _) = await ReadAsync(client, $"/api/vendors/certifications/{certificationId}");
        return [.. certification["evidence"]!.AsArray().Select(file => (string)file!["fileName"]!)];
    }

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<xml/>");
            }
        }
        return buffer.ToArray();
    }
}

using System.Net.Http.Headers;
using System.Text;

namespace OutsourcingPortal.Integration.Tests.VendorRegistry;

/// <summary>Files sent to the vendor registry as raw request bodies (evidence, attachments to answers), and files to send.</summary>
public static class RawUploads
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>An executable: no accepted kind, whatever name it comes with.</summary>
    public static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00];

    /// <summary>
    /// Sends a file as curl does with a large body: <c>Expect: 100-continue</c>, so a refusal (413) is read before the
    /// body is sent, rather than the connection closing under a client still writing.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string path, byte[] content, string contentType = "application/octet-stream")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.ExpectContinue = true;
        return await client.SendAsync(request);
    }

    /// <summary>A PNG by its signature, of <paramref name="size"/> bytes.</summary>
    public static byte[] Png(int size)
    {
        var content = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(content, 0);
        return content;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutsourcingPortal.Integration.Tests.VendorRegistry;

/// <summary>The vendor registry API as steps for tests: register a vendor, give it a profile and certifications, read with ETags.</summary>
public static class VendorsClient
{
    public const string Vendors = "/api/vendors/vendors";

    /// <summary>Registers a new vendor organization as the host operator; its id.</summary>
    public static async Task<Guid> RegisterAsync(HttpClient operatorClient, string name)
    {
        var id = Guid.CreateVersion7();
        using var response = await operatorClient.PostAsJsonAsync(new Uri(Vendors, UriKind.Relative), new { organizationId = id, name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    /// <summary>Registers a vendor and writes <paramref name="profile"/> over it (the host operator may).</summary>
    public static async Task<Guid> RegisterWithProfileAsync(HttpClient operatorClient, object profile)
    {
        var id = await RegisterAsync(operatorClient, "To be profiled");
        using var response = await PutAsync(operatorClient, $"{Vendors}/{id}", (await ReadAsync(operatorClient, $"{Vendors}/{id}")).ETag, profile);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    public static async Task<Guid> AddCertificationAsync(HttpClient client, Guid vendorId, object certification)
    {
        using var response = await client.PostAsJsonAsync(new Uri($"{Vendors}/{vendorId}/certifications", UriKind.Relative), certification);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (Guid)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public static async Task<(JsonObject Body, EntityTagHeaderValue? ETag)> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, response.Headers.ETag);
    }

    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, EntityTagHeaderValue? etag, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative))
        {
            Content = body as HttpContent ?? JsonContent.Create(body),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return await client.SendAsync(request);
    }

    /// <summary>A complete profile, every field filled in.</summary>
    public static JsonObject FullProfile(string name) => JsonNode.Parse($$"""
        {
          "name": "{{name}}",
          "website": "https://profile.example",
          "capabilities": ["computer-vision", "mlops"],
          "verticals": ["healthcare", "public-sector"],
          "regions": ["eastern-europe"],
          "timeZones": ["Europe/Warsaw", "UTC"],
          "rateCard": [{ "seniority": "senior", "hourlyRate": 72.5, "currency": "EUR" }, { "seniority": "junior", "hourlyRate": 30, "currency": "EUR" }],
          "engagementModels": ["dedicated-team", "managed-service"],
          "modelsInProduction": 6,
          "trackRecord": "Six vision models in production at two hospitals.",
          "teamMembers": [{ "name": "Ewa Nowak", "role": "Tech lead", "yearsWithVendor": 5 }],
          "retentionPercent": 91.5,
          "security": { "encryptionInTransit": true, "encryptionAtRest": true, "accessControlAndAuditLogs": true,
                        "dataResidency": "EU only", "gdpr": true, "ccpa": false, "hipaa": true },
          "aiAssistantUsage": "Copilot with mandatory review."
        }
        """)!.AsObject();
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using OutsourcingPortal.Portal.Tokens;

namespace OutsourcingPortal.Portal.Gateway;

/// <summary>
/// The portal's one way to call the APIs: through the gateway, as the signed-in person (a bearer token on every
/// request), with failures turned into <see cref="GatewayApiException"/>.
/// </summary>
public sealed class GatewayApiClient(HttpClient httpClient, AccessTokenProvider accessTokens)
{
    // The APIs' JSON: camelCase, enums as kebab-case strings.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public async Task<T> GetAsync<T>(string relativeUrl, CancellationToken cancellationToken) =>
        (await SendAsync<T>(HttpMethod.Get, relativeUrl, body: null, ifMatch: null, cancellationToken)).Value;

    /// <summary>A resource that may not exist yet (a draft before its first save) and its ETag; nulls on 404.</summary>
    public async Task<(T? Value, string? ETag)> FindAsync<T>(string relativeUrl, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await SendAsync<T>(HttpMethod.Get, relativeUrl, body: null, ifMatch: null, cancellationToken);
        }
        catch (GatewayApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// Sends a request with an optional JSON body and <c>If-Match</c>; the answer's body and its ETag, for the next
    /// edit. A failure, including a problem the API answered, throws <see cref="GatewayApiException"/>.
    /// </summary>
    public Task<(T Value, string? ETag)> SendAsync<T>(
        HttpMethod method, string relativeUrl, object? body, string? ifMatch, CancellationToken cancellationToken) =>
        SendContentAsync<T>(method, relativeUrl, JsonBody(body), ifMatch, cancellationToken);

    /// <summary>Posts <paramref name="content"/> as the raw body (an upload), for the JSON the API answers.</summary>
    public async Task<T> PostContentAsync<T>(string relativeUrl, HttpContent content, CancellationToken cancellationToken) =>
        (await SendContentAsync<T>(HttpMethod.Post, relativeUrl, content, ifMatch: null, cancellationToken)).Value;

    /// <summary>Sends a request whose answer has no body (<c>204 No Content</c>, such as a <c>DELETE</c>).</summary>
    public async Task SendAsync(HttpMethod method, string relativeUrl, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(method, relativeUrl, content: null, ifMatch: null, cancellationToken);
    }

    private async Task<(T Value, string? ETag)> SendContentAsync<T>(
        HttpMethod method, string relativeUrl, HttpContent? content, string? ifMatch, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(method, relativeUrl, content, ifMatch, cancellationToken);
        var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new GatewayApiException(response.StatusCode, new HttpValidationProblemDetails { Title = "The API answered with an empty body." });
        return (value, response.Headers.ETag?.ToString());
    }

    private static JsonContent? JsonBody(object? body) => body is null ? null : JsonContent.Create(body, options: Json);

    private async Task<HttpResponseMessage> SendCheckedAsync(
        HttpMethod method, string relativeUrl, HttpContent? content, string? ifMatch, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, relativeUrl) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await accessTokens.GetAccessTokenAsync());
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new GatewayApiException(null, new HttpValidationProblemDetails { Title = "The gateway could not be reached.", Detail = exception.Message }, exception);
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw new GatewayApiException(response.StatusCode, await ReadProblemAsync(response, cancellationToken));
            }
        }
        return response;
    }

    private static async Task<HttpValidationProblemDetails> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            try
            {
                if (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Json, cancellationToken) is { } problem)
                {
                    return problem;
                }
            }
            catch (JsonException)
            {
                // Not a readable problem after all: described from the status below.
            }
        }
        return new HttpValidationProblemDetails
        {
            Status = (int)response.StatusCode,
            Title = $"The API answered {(int)response.StatusCode} {response.ReasonPhrase}.",
        };
    }
}

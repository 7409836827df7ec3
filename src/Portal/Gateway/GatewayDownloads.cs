using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Tokens;

namespace OutsourcingPortal.Portal.Gateway;

/// <summary>
/// Files the APIs serve, passed on to the signed-in person's browser: fetched through the gateway with their own access
/// token (the API decides what they may read) and streamed back with the API's type and name, never sniffed or cached.
/// </summary>
public sealed class GatewayDownloads(HttpClient httpClient, AccessTokenIssuer issuer)
{
    public async Task<Results<FileStreamHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> ProxyAsync(
        SignedInPerson person, string relativeUrl, HttpResponse response, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, relativeUrl);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Issue(AccessTokenClaims.ForPerson(person)).Token);
        var answer = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.RegisterForDispose(answer);
        switch (answer.StatusCode)
        {
            case HttpStatusCode.OK:
                break;
            case HttpStatusCode.NotFound:
                return TypedResults.NotFound();
            case HttpStatusCode.Forbidden:
                return TypedResults.Forbid();
            default:
                // The API's own client errors (a bad filter) stay the person's; anything else is the gateway's failure.
                return TypedResults.Problem(statusCode: (int)answer.StatusCode is >= 400 and < 500 ? (int)answer.StatusCode : StatusCodes.Status502BadGateway,
                    title: $"The file could not be fetched: the API answered {(int)answer.StatusCode} {answer.ReasonPhrase}.");
        }

        var headers = answer.Content.Headers;
        response.Headers.ContentDisposition = headers.ContentDisposition?.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        response.ContentLength = headers.ContentLength;
        return TypedResults.Stream(await answer.Content.ReadAsStreamAsync(cancellationToken),
            headers.ContentType?.ToString() ?? "application/octet-stream");
    }
}

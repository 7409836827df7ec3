using System.Net;
using Microsoft.AspNetCore.Mvc;

namespace OutsourcingPortal.Portal.Gateway;

/// <summary>
/// An API call through the gateway that did not succeed, with the RFC 9457 problem it answered (or one made up from
/// the status when the answer was not a problem, or there was no answer at all).
/// </summary>
public sealed class GatewayApiException(HttpStatusCode? statusCode, HttpValidationProblemDetails problem, Exception? innerException = null)
    : Exception(problem.Detail ?? problem.Title, innerException)
{
    /// <summary>Null when the gateway could not be reached.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    public HttpValidationProblemDetails Problem { get; } = problem;

    /// <summary>An edit refused because it was made on an older version than the current one (412), or on none (428).</summary>
    public bool IsStale => StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.PreconditionRequired;

    /// <summary>The problem for people: its field errors, or else its detail or title.</summary>
    public string Words =>
        string.Join(" ", Problem.Errors.SelectMany(error => error.Value).DefaultIfEmpty(Problem.Detail ?? Problem.Title));
}

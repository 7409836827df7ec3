using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>
/// A request the framework cannot bind (malformed JSON, a query value of the wrong type, a body too large) is the
/// client's mistake: answer with its 4xx status and a problem saying what was wrong, never a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
                Detail = badRequest.InnerException is System.Text.Json.JsonException json ? $"{badRequest.Message} {json.Message}" : badRequest.Message,
            },
        });
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.BuildingBlocks.Audit;

/// <summary>
/// A signed-in caller refused by role (403) is an attempt worth keeping: it goes to the audit log of the caller's
/// own tenant, with the endpoint it tried, before the standard 403 is written.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var database = context.RequestServices.GetRequiredService<TenantDatabase>();
            var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
            var objectId = Guid.TryParse(context.GetRouteValue("id")?.ToString(), out var id) ? id : (Guid?)null;
            await using var work = await database.BeginAsync(context.RequestAborted);
            await work.AuditForbiddenAsync($"{context.Request.Method} {pattern}", objectId, context.RequestAborted);
            await work.CommitAsync(context.RequestAborted);
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

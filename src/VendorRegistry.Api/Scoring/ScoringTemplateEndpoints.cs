using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// The organization's weighted scoring criteria. Org admins edit them; every edit is a new version (its ETag). A brief
/// copies the criteria when it is written, so later edits never change how an existing brief is scored.
/// </summary>
public static class ScoringTemplateEndpoints
{
    public static IEndpointRouteBuilder MapScoringTemplateEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/scoring-template").WithTags("Scoring");
        group.MapGet("/", GetAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPut("/", UpdateAsync).RequireAuthorization(AccessPolicies.TenantAdmin);
        return routes;
    }

    private static async Task<Ok<VersionedTemplate>> GetAsync(TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var template = await ScoringTemplateRecords.CurrentAsync(work, cancellationToken);
        response.SetETag((uint)template.Version);
        return TypedResults.Ok(template);
    }

    private static async Task<Results<Ok<VersionedTemplate>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        ScoringTemplateRequest request, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        var edited = new ScoringTemplate(request.Criteria!);
        if (edited.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(errors));
        }
        await using var work = await database.BeginAsync(cancellationToken);
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        var current = await ScoringTemplateRecords.CurrentAsync(work, cancellationToken);
        var next = new VersionedTemplate(current.Version + 1, edited.Criteria);
        if (version != current.Version || !await ScoringTemplateRecords.AddVersionAsync(work, next, current, cancellationToken))
        {
            return PreconditionProblems.Stale();
        }
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)next.Version);
        return TypedResults.Ok(next);
    }
}

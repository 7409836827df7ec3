using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.Assessment.Api.Recommendations;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.Assessment.Api.Rubrics;

/// <summary>
/// The organization's rubric: the weights, thresholds and cost figures assessments are scored with. Every edit is a
/// new version (its ETag); completed assessments keep the version they were scored with.
/// </summary>
public static class RubricEndpoints
{
    // A rubric must be sent whole: a missing section or a null figure is an error, not a default.
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerOptions.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static IEndpointRouteBuilder MapRubricEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/rubric").WithTags("Rubric");
        group.MapGet("/", GetAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPut("/", UpdateAsync).RequireAuthorization(AccessPolicies.TenantAdmin);
        return routes;
    }

    private static async Task<Ok<Rubric>> GetAsync(TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var rubric = await RubricRecords.CurrentAsync(work, cancellationToken);
        response.SetETag((uint)rubric.Version);
        return TypedResults.Ok(rubric);
    }

    /// <summary>
    /// Saves the edited figures as the next version. The version in the body is ignored: the server numbers versions,
    /// and If-Match must name the version the editor started from.
    /// </summary>
    private static async Task<Results<Ok<Rubric>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        JsonElement body, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        if (Parse(body) is not { } edited)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["rubric"] = ["Send the whole rubric: every section and figure, none null."] });
        }
        if (edited.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(errors));
        }
        await using var work = await database.BeginAsync(cancellationToken);
        var current = await RubricRecords.CurrentAsync(work, cancellationToken);
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        var next = edited with { Version = current.Version + 1 };
        if (version != current.Version || !await RubricRecords.AddVersionAsync(work, next, current, cancellationToken))
        {
            return PreconditionProblems.Stale();
        }
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)next.Version);
        return TypedResults.Ok(next);
    }

    private static Rubric? Parse(JsonElement body)
    {
        try
        {
            return body.Deserialize<Rubric>(Strict);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

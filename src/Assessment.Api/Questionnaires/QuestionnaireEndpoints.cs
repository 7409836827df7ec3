using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Security;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>The published questionnaire versions, for the portal to render and for API clients to answer.</summary>
public static class QuestionnaireEndpoints
{
    public static IEndpointRouteBuilder MapQuestionnaireEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/questionnaires").WithTags("Questionnaires").RequireAuthorization(AccessPolicies.TenantReader);
        group.MapGet("/current", () => TypedResults.Ok(Questionnaire.Current));
        group.MapGet("/{version:int}", GetVersion);
        return routes;
    }

    private static Results<Ok<Questionnaire>, NotFound> GetVersion(int version) =>
        Questionnaire.ForVersion(version) is { } questionnaire ? TypedResults.Ok(questionnaire) : TypedResults.NotFound();
}

using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Security;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>The published brief questionnaires: what clients ask and vendors (people or their systems) answer.</summary>
public static class BriefQuestionnaireEndpoints
{
    public static IEndpointRouteBuilder MapBriefQuestionnaireEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/brief-questionnaires").WithTags("Briefs").RequireAuthorization(AccessPolicies.TenantReaderOrVendor);
        group.MapGet("/current", () => TypedResults.Ok(BriefQuestionnaire.Current));
        group.MapGet("/{version:int}", GetVersion);
        return routes;
    }

    private static Results<Ok<BriefQuestionnaire>, NotFound> GetVersion(int version) =>
        BriefQuestionnaire.ForVersion(version) is { } questionnaire ? TypedResults.Ok(questionnaire) : TypedResults.NotFound();
}

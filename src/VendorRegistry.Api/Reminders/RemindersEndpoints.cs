using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;
using static OutsourcingPortal.VendorRegistry.Api.Reminders.ReminderRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Reminders;

/// <summary>
/// The caller's reminders for its home page (<see cref="ReminderRules"/>): a client organization's people about their
/// briefs and the certifications of the vendors on them, a vendor's people about their invitations and certifications.
/// The host operator gets none: it neither answers nor evaluates briefs, and each vendor is reminded of its own certificates.
/// </summary>
public static class RemindersEndpoints
{
    public static IEndpointRouteBuilder MapRemindersEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/reminders").WithTags("Reminders").MapGet("/", GetAsync).RequireAuthorization(AccessPolicies.TenantReaderOrVendor);
        return routes;
    }

    private static async Task<Ok<RemindersResponse>> GetAsync(
        ClaimsPrincipal user, TenantDatabase database, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (work.Actor.VendorId is { } vendorId)
        {
            var invitations = await InvitationsAsync(work, cancellationToken);
            return TypedResults.Ok(ReminderRules.ForVendor(vendorId, invitations, await CertificationsAsync(work, [vendorId], cancellationToken), clock));
        }
        var briefs = await BriefsAsync(work, cancellationToken);
        // Executives decide nothing about vendors and have no vendor pages in the portal: their reminders are the briefs'.
        var certifications = user.IsInRole(PortalRoles.OrgAdmin) || user.IsInRole(PortalRoles.Evaluator)
            ? await CertificationsAsync(work, briefs.SelectMany(brief => brief.Invitees), cancellationToken)
            : [];
        return TypedResults.Ok(ReminderRules.ForClient(briefs, certifications, clock));
    }
}

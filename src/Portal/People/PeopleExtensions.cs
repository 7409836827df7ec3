using Microsoft.Extensions.DependencyInjection.Extensions;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.People;

public static class PeopleExtensions
{
    /// <summary>People, invitations and organizations: the identity directory as administrators change it.</summary>
    public static IServiceCollection AddPeopleAndOrganizations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditTrail>();
        services.AddSingleton<InvitationIssuer>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<OrganizationDirectory>();
        return services;
    }
}

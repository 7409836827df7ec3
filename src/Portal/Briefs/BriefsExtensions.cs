namespace OutsourcingPortal.Portal.Briefs;

public static class BriefsExtensions
{
    public static IServiceCollection AddBriefs(this IServiceCollection services) =>
        services.AddScoped<BriefsApi>().AddScoped<InvitationsApi>().AddScoped<ScorecardsApi>().AddScoped<RedFlagsApi>();
}

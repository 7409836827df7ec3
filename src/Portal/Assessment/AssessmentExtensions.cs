namespace OutsourcingPortal.Portal.Assessment;

public static class AssessmentExtensions
{
    public static IServiceCollection AddAssessment(this IServiceCollection services) => services.AddScoped<AssessmentApi>();
}

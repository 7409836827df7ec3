namespace OutsourcingPortal.Portal.Vendors;

public static class VendorsExtensions
{
    public static IServiceCollection AddVendors(this IServiceCollection services) => services.AddScoped<VendorsApi>();
}

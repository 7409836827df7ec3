using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.ApiClients;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.Property(client => client.Roles).HasColumnType("text[]");
        builder.HasOne<Organization>().WithMany().HasForeignKey(client => client.OrganizationId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(client => client.CreatedBy);
    }
}

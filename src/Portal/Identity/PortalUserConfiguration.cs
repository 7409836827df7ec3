using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.Identity;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(user => user.DisplayName).HasMaxLength(200);
        builder.HasOne<Organization>().WithMany().HasForeignKey(user => user.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(user => user.OrganizationId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Portal.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.Property(organization => organization.Kind)
            .HasConversion(kind => KebabCaseEnum.ToText(kind), text => KebabCaseEnum.Parse<OrganizationKind>(text));
        builder.Property(organization => organization.Status)
            .HasConversion(status => KebabCaseEnum.ToText(status), text => KebabCaseEnum.Parse<OrganizationStatus>(text));
    }
}

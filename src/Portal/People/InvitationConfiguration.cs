using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.People;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations");
        // The keys tell EF the order of inserts: an organization and its first invitation are saved together.
        builder.HasOne<Organization>().WithMany().HasForeignKey(invitation => invitation.OrganizationId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(invitation => invitation.CreatedBy);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(invitation => invitation.AcceptedBy);
    }
}

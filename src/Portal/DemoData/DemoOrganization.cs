using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.DemoData;

public sealed record DemoOrganization(Guid Id, string Name, OrganizationKind Kind);

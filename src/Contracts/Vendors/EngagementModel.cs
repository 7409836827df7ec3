namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>How a vendor can be engaged (domain.md §1, engagement models).</summary>
public enum EngagementModel
{
    StaffAugmentation,
    DedicatedTeam,
    ProjectBased,
    ManagedService,
}

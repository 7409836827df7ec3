namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>The warning signs of domain.md §2 [001][002]; on the wire in kebab-case (<c>guaranteed-accuracy</c>).</summary>
public enum RedFlagKind
{
    GuaranteedAccuracy,
    UndisclosedTeam,
    NoProductionHistory,
    RigidFixedPrice,
    BroadVendorIp,
    NoDataRetentionPolicy,
    ModelBeforeData,
    MissingCertification,
    ExpiredCertification,
}

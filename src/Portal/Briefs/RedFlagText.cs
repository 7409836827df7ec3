using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>Red flags as evaluators read them.</summary>
public static class RedFlagText
{
    public static string Kind(RedFlagKind kind) => kind switch
    {
        RedFlagKind.GuaranteedAccuracy => "Guaranteed accuracy before seeing the data",
        RedFlagKind.UndisclosedTeam => "Undisclosed or rotating team",
        RedFlagKind.NoProductionHistory => "No production history",
        RedFlagKind.RigidFixedPrice => "Rigid fixed price for uncertain work",
        RedFlagKind.BroadVendorIp => "Broad vendor IP clause",
        RedFlagKind.NoDataRetentionPolicy => "No data retention or deletion policy",
        RedFlagKind.ModelBeforeData => "Model chosen before seeing the data",
        RedFlagKind.MissingCertification => "Missing certification the brief's regulation requires",
        _ => "Expired certification the brief's regulation requires",
    };
}

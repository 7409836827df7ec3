using System.Text.Json.Serialization;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>The ways outsourced AI work fails [000][001][002].</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<FailureMode>))]
public enum FailureMode
{
    VagueProblem,
    PoorDataReadiness,
    WeakSecurityControls,
    VendorLockIn,
    UnrealisticRoi,
    PocTreatedAsProduction,
    ScopeCreep,
    MlopsLeftToTheEnd,
    NoExitStrategy,
    TransferTrap,
    LateDataAccessApproval,
}

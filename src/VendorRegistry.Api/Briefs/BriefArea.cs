namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// The sections of the brief questionnaire: the seven evaluation areas of [000] first, then the due diligence,
/// process, security, contract, pricing and pilot questions of [001][002] (domain.md §2).
/// </summary>
public enum BriefArea
{
    ProblemDefinition,
    DeliveryExperience,
    DataSecurity,
    EvaluationAndTesting,
    EngineeringBreadth,
    Ownership,
    PilotStructure,
    TechnicalDueDiligence,
    ProcessAndTeam,
    Security,
    IntellectualProperty,
    Pricing,
    PilotProposal,
}

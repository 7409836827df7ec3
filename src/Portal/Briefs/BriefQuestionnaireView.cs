namespace OutsourcingPortal.Portal.Briefs;

/// <summary>A brief questionnaire version as the vendor registry publishes it.</summary>
public sealed record BriefQuestionnaireView(int Version, IReadOnlyList<BriefQuestionView> Questions);

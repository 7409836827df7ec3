using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// Everything red-flag detection reads: the vendor's answers to the brief, the vendor's profile facts, the
/// regulations the brief names, and the day of the evaluation (certifications are checked against it; passed in, so
/// a result never depends on when it was computed).
/// </summary>
public sealed record RedFlagInput(BriefAnswerSheet Answers, VendorFacts Vendor, IReadOnlyList<Regulation> Regulations, DateOnly EvaluatedOn);

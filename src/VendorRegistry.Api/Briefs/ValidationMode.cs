namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// Whether something is saved as a draft, which may be partial, or submitted, which must be complete: a vendor's
/// answers to a brief, or an evaluator's scorecard.
/// </summary>
public enum ValidationMode
{
    Draft,
    Submission,
}

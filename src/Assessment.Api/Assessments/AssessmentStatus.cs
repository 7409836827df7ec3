namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>A draft takes answers; a completed assessment has its result and no longer changes.</summary>
public enum AssessmentStatus
{
    Draft,
    Completed,
}

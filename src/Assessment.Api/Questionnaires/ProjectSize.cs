namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// How big the initiative is, smallest first: the answer options of <see cref="QuestionIds.Size"/>. The order matters:
/// the size picks the point in each of the rubric's ranges, very small the low end and large the high end.
/// </summary>
public enum ProjectSize
{
    VerySmall = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
}

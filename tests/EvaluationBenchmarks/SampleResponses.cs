using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.EvaluationBenchmarks;

/// <summary>Answer sheets for questionnaire version 1: one as vendors write them, and one at every answer's maximum length.</summary>
internal static class SampleResponses
{
    private const int MaximumAnswerLength = 10_000;

    private const string Prose =
        "We start from your invoices and measure routing accuracy against today's manual baseline, week by week. " +
        "The team reviews samples with your approvers, and we retrain when drift alerts fire on new suppliers. ";

    /// <summary>About 600 characters an answer, two of them with red-flag phrases, as a careless bid reads.</summary>
    public static BriefAnswerSheet Typical(int vendor) => Sheet(question => question switch
    {
        BriefQuestionIds.QualityAfterDeployment => $"{Prose}We guarantee 95% accuracy before seeing your data.",
        BriefQuestionIds.TeamMembers => $"{Prose}The team will be assigned after signing.",
        _ => $"Vendor {vendor} on {question}: {Prose}{Prose}{Prose}",
    });

    /// <summary>Every answer 10,000 characters of ordinary prose: the most text a response can hold.</summary>
    public static BriefAnswerSheet MaximumLength() =>
        Sheet(_ => string.Concat(Enumerable.Repeat(Prose, MaximumAnswerLength / Prose.Length + 1))[..MaximumAnswerLength]);

    private static BriefAnswerSheet Sheet(Func<string, string> answer) =>
        new(BriefQuestionnaire.Version1.Version,
            BriefQuestionnaire.Version1.Questions.ToDictionary(question => question.Id, question => (string?)answer(question.Id), StringComparer.Ordinal));
}

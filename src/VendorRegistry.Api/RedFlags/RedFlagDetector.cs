using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// Finds the red flags of domain.md §2 in a vendor's response and profile, so evaluators see them beside the answers.
/// Plain rules over text: no I/O, no clock, the same input always gives the same flags.
/// </summary>
public static class RedFlagDetector
{
    /// <summary>Where profile flags sort: after every answer.</summary>
    internal const int ProfileOrder = int.MaxValue;

    /// <summary>
    /// Every red flag, each sentence quoted once per kind. Ordered by kind (as <see cref="RedFlagKind"/> lists them), then
    /// by question in questionnaire order with the profile last, then by where the quote stands in the answer. Answers are
    /// read up to their question's maximum length, and only for questions of the sheet's questionnaire version.
    /// </summary>
    /// <exception cref="ArgumentException">The answers are for a questionnaire version that does not exist.</exception>
    public static IReadOnlyList<RedFlag> Detect(RedFlagInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var questionnaire = BriefQuestionnaire.ForVersion(input.Answers.QuestionnaireVersion)
            ?? throw new ArgumentException($"There is no brief questionnaire version {input.Answers.QuestionnaireVersion}.", nameof(input));

        var findings = PhraseFindings(questionnaire, input.Answers, input.Vendor)
            .Concat(ModelBeforeData.Find(questionnaire, input.Answers))
            .Concat(AbsenceChecks.Find(questionnaire, input.Answers, input.Vendor))
            .Concat(CertificationCheck.Find(input.Regulations, input.Vendor, input.EvaluatedOn));
        return
        [
            .. findings
                .OrderBy(finding => finding.Flag.Kind)
                .ThenBy(finding => finding.QuestionOrder)
                .ThenBy(finding => finding.Position)
                .ThenBy(finding => finding.Flag.Quote, StringComparer.Ordinal)
                .Select(finding => finding.Flag)
                .Distinct(),
        ];
    }

    internal static int OrderOf(BriefQuestionnaire questionnaire, string questionId)
    {
        for (var index = 0; index < questionnaire.Questions.Count; index++)
        {
            if (questionnaire.Questions[index].Id == questionId)
            {
                return index;
            }
        }
        return ProfileOrder;
    }

    private static IEnumerable<Finding> PhraseFindings(BriefQuestionnaire questionnaire, BriefAnswerSheet answers, VendorFacts vendor)
    {
        for (var order = 0; order < questionnaire.Questions.Count; order++)
        {
            var question = questionnaire.Questions[order];
            if (answers.Find(question.Id) is not { } answer)
            {
                continue;
            }
            var rules = PhraseRules.All.Where(rule => rule.AppliesTo(question.Id)).ToList();
            foreach (var finding in Match(rules, question.Id, Limited(answer, question.MaxLength), order))
            {
                yield return finding;
            }
        }
        if (!string.IsNullOrWhiteSpace(vendor.TrackRecord))
        {
            var rules = PhraseRules.All.Where(rule => rule.ReadsTrackRecord).ToList();
            foreach (var finding in Match(rules, RedFlag.Profile, Limited(vendor.TrackRecord, BriefQuestion.DefaultMaxLength), ProfileOrder))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<Finding> Match(IReadOnlyList<PhraseRule> rules, string questionId, string text, int order) =>
        from sentence in Sentences.Of(text)
        from rule in rules
        where rule.Matches(sentence)
        let description = FlagDescription.Of(rule.Kind)
        select new Finding(new RedFlag(rule.Kind, questionId, sentence.Quote, description.Explanation, description.Source), order, sentence.Start);

    // Validation refuses longer answers; reading no further keeps the cost of detection bounded whatever is stored.
    private static string Limited(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// The versioned questions every vendor invited to a brief answers. A published version never changes, so answers
/// given to it stay readable; a change of questions is a new version.
/// </summary>
public sealed record BriefQuestionnaire(int Version, IReadOnlyList<BriefQuestion> Questions)
{
    public static BriefQuestionnaire Version1 { get; } = BriefQuestionnaireVersion1.Create();

    /// <summary>The version new responses are answered with.</summary>
    public static BriefQuestionnaire Current => Version1;

    /// <summary>Every published version, oldest first.</summary>
    public static IReadOnlyList<BriefQuestionnaire> All { get; } = [Version1];

    public static BriefQuestionnaire? ForVersion(int version) => All.FirstOrDefault(questionnaire => questionnaire.Version == version);

    public BriefQuestion? FindQuestion(string questionId) => Questions.FirstOrDefault(question => question.Id == questionId);

    /// <summary>
    /// Errors in the answers, keyed by question id (or <c>questionnaireVersion</c>), in ordinal key order, empty when
    /// they are valid. Drafts may be partial; <see cref="ValidationMode.Submission"/> also requires every required answer.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate(BriefAnswerSheet answers, ValidationMode mode) =>
        BriefAnswerValidator.Validate(this, answers, mode);
}

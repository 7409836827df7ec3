using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.BuildingBlocks.Data;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// What the answers say about the initiative, in the words the rules use. Each fact notes the questions it reads,
/// so a rule evaluated on <see cref="Fresh"/> facts can cite exactly the answers that decided it. The answers must be
/// complete and valid for the questionnaire: the engine checks that before it builds any facts.
/// </summary>
internal sealed class InitiativeFacts(Questionnaire questionnaire, AnswerSheet answers, Readiness readiness, Rubric rubric)
{
    private readonly List<string> _questionsRead = [];

    public Rubric Rubric => rubric;

    public bool UseCaseIsVague => Signal(ReadinessSignal.UseCaseClarity).BelowFloor;

    public bool UseCaseIsNotClear => Signal(ReadinessSignal.UseCaseClarity).Score < rubric.Readiness.ReadyScore;

    public bool DataIsNotReady => Signal(ReadinessSignal.DataReadiness).BelowFloor;

    public bool DataIsNotFullyReady => Signal(ReadinessSignal.DataReadiness).Score < rubric.Readiness.ReadyScore;

    public bool DataAccessApproved => YesNo(QuestionIds.DataAccessApproved);

    public bool MetricIsClear => Scale(UseCaseMetric) >= rubric.Answers.ClearMetricFrom;

    public bool HasDecisionAuthority => YesNo(DecisionAuthority);

    public bool HasAiGovernancePolicy => YesNo(AiGovernancePolicy);

    public StrategicRole Role => Choice<StrategicRole>(QuestionIds.Role);

    public bool OffTheShelfMeetsNeed => YesNo(OffTheShelf);

    public bool DataIsRestricted =>
        Choice<DataSensitivity>(Sensitivity) == DataSensitivity.HighlySensitive || YesNo(ExternalAccessRestricted);

    /// <summary>Whether prompts, logs or outputs could expose something that matters: confidential or regulated data, or an LLM.</summary>
    public bool HandlesSensitiveContent =>
        Choice<DataSensitivity>(Sensitivity) >= DataSensitivity.Confidential
        || Choices<Regulation>(Regulations).Count > 0
        || Choices<SpecialisedSkill>(SkillsNeeded).Contains(SpecialisedSkill.Llm);

    public bool HasMlTalent => YesNo(MlTalent);

    public bool HasMlCapacity => YesNo(MlCapacity);

    public bool TeamCanBuildAlone => HasMlTalent && HasMlCapacity;

    public bool BuildsCapability => YesNo(BuildCapability);

    /// <summary>Specialised skills are needed, the team lacks them, and they are not needed for good.</summary>
    public bool HasTemporarySkillGap =>
        Choices<SpecialisedSkill>(SkillsNeeded).Count > 0 && !YesNo(SkillsCovered) && !YesNo(SkillsPermanent);

    public bool NeedsTightIteration => YesNo(TightIteration);

    public bool RequirementsAreExploratory => Scale(RequirementUncertainty) >= rubric.Answers.ExploratoryRequirementsFrom;

    public bool ScopeIsStable => Scale(ScopeStability) >= rubric.Answers.StableScopeFrom;

    public bool IsOngoingWork => YesNo(OngoingWork);

    public bool HasFixedDeadline => YesNo(FixedDeadline);

    public bool NeedsResultsThisBudgetCycle => YesNo(CurrentBudgetCycle);

    public ProjectSize Size => Choice<ProjectSize>(QuestionIds.Size);

    public bool NeedsEngineeringAroundModel => YesNo(EngineeringAroundModel);

    public bool HardeningIsBudgeted => YesNo(HardeningBudgeted);

    public bool MlopsPlannedFromStart => YesNo(MlopsFromStart);

    public decimal ExpectedRoiWeeks => Rounding.WeeksIn(Answer(ExpectedRoiMonths).Number!.Value);

    public bool PartnerRunsIt => YesNo(QuestionIds.PartnerRunsIt);

    public bool OwnershipSecured => YesNo(QuestionIds.OwnershipSecured);

    public bool KnowledgeTransferPlanned => YesNo(QuestionIds.KnowledgeTransferPlanned);

    /// <summary>The same facts with nothing read yet, for evaluating one rule.</summary>
    public InitiativeFacts Fresh() => new(questionnaire, answers, readiness, rubric);

    /// <summary>A reason citing the rule and the answers these facts have read.</summary>
    public Reason Cite(DecisionRule rule) =>
        new(rule.Id, rule.Statement, rule.Source, DrivingAnswer.From(questionnaire, answers, _questionsRead));

    /// <summary>The rule's reason if its condition holds, citing the answers the condition read; otherwise null.</summary>
    public Reason? CiteIf(DecisionRule rule, Func<InitiativeFacts, bool> condition)
    {
        var facts = Fresh();
        return condition(facts) ? facts.Cite(rule) : null;
    }

    private SignalScore Signal(ReadinessSignal signal)
    {
        _questionsRead.AddRange(ReadinessScoring.QuestionsOf(signal, questionnaire).Select(question => question.Id));
        return readiness.Signals.Single(score => score.Signal == signal);
    }

    private bool YesNo(string questionId) => Answer(questionId).YesNo == true;

    private decimal Scale(string questionId) => Answer(questionId).Number!.Value;

    private TEnum Choice<TEnum>(string questionId) where TEnum : struct, Enum => KebabCaseEnum.Parse<TEnum>(Answer(questionId).Text!);

    private List<TEnum> Choices<TEnum>(string questionId) where TEnum : struct, Enum =>
        [.. (Read(questionId)?.OptionIds ?? []).Select(KebabCaseEnum.Parse<TEnum>)];

    private AnswerValue Answer(string questionId) =>
        Read(questionId) ?? throw new InvalidOperationException($"Question {questionId} is unanswered; only completed answers can be assessed.");

    private AnswerValue? Read(string questionId)
    {
        _questionsRead.Add(questionId);
        return answers.Find(questionId);
    }
}

using OutsourcingPortal.Assessment.Api.Initiatives;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Identity;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;

namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>
/// A completed assessment of each demo initiative, answered so that the portal opens on different outcomes: outsource
/// a project (Northwind's invoice triage), data readiness first (its demand forecast), a hybrid with the team's own
/// engineers (Contoso's support assistant) and discovery first (its contract review).
/// </summary>
public static class DemoAssessments
{
    private static readonly DateTimeOffset Completed = new(2026, 11, 6, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Each demo assessment: its id, the initiative it assesses and how its answers differ from <see cref="ReadyToOutsource"/>.</summary>
    public static readonly IReadOnlyList<(Guid TenantId, Guid Id, Guid InitiativeId, IReadOnlyDictionary<string, AnswerValue> Differences)> All =
    [
        (DemoDirectory.Northwind, Guid.Parse("0193a000-0000-7000-8004-000000000001"), Guid.Parse("0193a000-0000-7000-8001-000000000001"),
            new Dictionary<string, AnswerValue> { [FixedDeadline] = AnswerValue.Of(true) }),
        (DemoDirectory.Northwind, Guid.Parse("0193a000-0000-7000-8004-000000000002"), Guid.Parse("0193a000-0000-7000-8001-000000000002"),
            new Dictionary<string, AnswerValue>
            {
                [DataQuality] = AnswerValue.Of(1), [DataLabelling] = AnswerValue.Of(1), [DataAccessibility] = AnswerValue.Of(2),
                [DataAccessApproved] = AnswerValue.Of(false), [Size] = AnswerValue.Of("large"), [OngoingWork] = AnswerValue.Of(true),
            }),
        (DemoDirectory.Contoso, Guid.Parse("0193a000-0000-7000-8004-000000000101"), Guid.Parse("0193a000-0000-7000-8001-000000000101"),
            new Dictionary<string, AnswerValue>
            {
                [MlTalent] = AnswerValue.Of(true), [SkillsNeeded] = AnswerValue.Of(["llm"]), [OngoingWork] = AnswerValue.Of(true),
                [Sensitivity] = AnswerValue.Of("confidential"),
            }),
        (DemoDirectory.Contoso, Guid.Parse("0193a000-0000-7000-8004-000000000102"), Guid.Parse("0193a000-0000-7000-8001-000000000102"),
            new Dictionary<string, AnswerValue>
            {
                [UseCaseProblem] = AnswerValue.Of(1), [UseCaseMetric] = AnswerValue.Of(1), [UseCaseWorkflow] = AnswerValue.Of(false),
                [UseCaseBaseline] = AnswerValue.Of(false), [StakeholderAgreement] = AnswerValue.Of(2),
            }),
    ];

    /// <summary>A ready initiative and a clear case for outsourcing: a supporting capability, stable scope, no ML staff.</summary>
    public static IReadOnlyDictionary<string, AnswerValue> ReadyToOutsource { get; } = new Dictionary<string, AnswerValue>
    {
        [UseCaseProblem] = AnswerValue.Of(4), [UseCaseWorkflow] = AnswerValue.Of(true), [UseCaseBaseline] = AnswerValue.Of(true),
        [UseCaseMetric] = AnswerValue.Of(4), [DataAccessibility] = AnswerValue.Of(4), [DataQuality] = AnswerValue.Of(4),
        [DataLabelling] = AnswerValue.Of(4), [DataAccessApproved] = AnswerValue.Of(true), [StakeholderAgreement] = AnswerValue.Of(4),
        [AccountableOwner] = AnswerValue.Of(true), [DecisionAuthority] = AnswerValue.Of(true), [LeadershipSponsorship] = AnswerValue.Of(4),
        [LeadershipGovernance] = AnswerValue.Of(4), [AiGovernancePolicy] = AnswerValue.Of(true),
        [Role] = AnswerValue.Of("important-not-differentiating"), [OffTheShelf] = AnswerValue.Of(false),
        [Sensitivity] = AnswerValue.Of("internal"), [ExternalAccessRestricted] = AnswerValue.Of(false),
        [MlTalent] = AnswerValue.Of(false), [MlCapacity] = AnswerValue.Of(false), [BuildCapability] = AnswerValue.Of(false),
        [SkillsNeeded] = AnswerValue.Of([]), [SkillsCovered] = AnswerValue.Of(false), [SkillsPermanent] = AnswerValue.Of(false),
        [TightIteration] = AnswerValue.Of(false), [RequirementUncertainty] = AnswerValue.Of(2), [ScopeStability] = AnswerValue.Of(4),
        [OngoingWork] = AnswerValue.Of(false), [FixedDeadline] = AnswerValue.Of(false), [CurrentBudgetCycle] = AnswerValue.Of(false),
        [Size] = AnswerValue.Of("medium"), [EngineeringAroundModel] = AnswerValue.Of(false), [HardeningBudgeted] = AnswerValue.Of(true),
        [MlopsFromStart] = AnswerValue.Of(true), [ExpectedRoiMonths] = AnswerValue.Of(24), [PartnerRunsIt] = AnswerValue.Of(false),
        [OwnershipSecured] = AnswerValue.Of(true), [KnowledgeTransferPlanned] = AnswerValue.Of(true),
    };

    public static DemoSeed[] Seeds =>
        [.. All.GroupBy(demo => demo.TenantId).Select(tenant => new DemoSeed(DemoActors.EvaluatorOf(tenant.Key), async (work, cancellationToken) =>
        {
            var added = 0;
            foreach (var demo in tenant)
            {
                added += await CompleteAsync(work, demo.Id, demo.InitiativeId, AnswersFor(demo.Differences), cancellationToken) ? 1 : 0;
            }
            return added;
        }))];

    public static AnswerSheet AnswersFor(IReadOnlyDictionary<string, AnswerValue> differences) =>
        new(Questionnaire.Current.Version, ReadyToOutsource.Concat(differences)
            .GroupBy(answer => answer.Key).ToDictionary(answers => answers.Key, answers => (AnswerValue?)answers.Last().Value));

    /// <summary>Records the assessment as an evaluator completing it would: scored with the default rubric, the initiative assessed, the event published.</summary>
    private static async Task<bool> CompleteAsync(UnitOfWork work, Guid id, Guid initiativeId, AnswerSheet answers, CancellationToken cancellationToken)
    {
        var assessment = new AssessmentResponse(id, initiativeId, AssessmentStatus.Completed, answers.QuestionnaireVersion, answers.Answers,
            AssessmentEngine.Assess(Questionnaire.Current, answers, Rubric.Default), Completed, Completed, Completed);
        if (!await AssessmentRecords.InsertAsync(work, assessment, cancellationToken, scoredWith: Rubric.Default))
        {
            return false;
        }
        var initiative = await InitiativeRecords.MarkAssessedAsync(work, initiativeId, Completed, cancellationToken);
        await work.PublishAsync(AssessmentEvents.Completed(assessment, initiative), cancellationToken);
        return true;
    }
}

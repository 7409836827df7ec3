using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionGroup;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// The first questionnaire: the four readiness signals [000], then the decision factors of domain.md §1.
/// Scales run from 1 (not at all) to 5 (fully) unless the prompt says otherwise.
/// </summary>
internal static class QuestionnaireVersion1
{
    public static Questionnaire Create() => new(1,
    [
        Question.Scale(UseCaseProblem, UseCaseClarity,
            "How narrowly is the problem defined? (1: \"use AI to improve efficiency\"; 5: one narrow operational problem)"),
        Question.YesNo(UseCaseWorkflow, UseCaseClarity, "Is the target workflow the system will change named?"),
        Question.YesNo(UseCaseBaseline, UseCaseClarity, "Is that workflow's performance today measured, as a baseline?"),
        Question.Scale(UseCaseMetric, UseCaseClarity,
            "How measurable is the success metric? (1: none yet; 5: a business outcome with a target, such as hours saved a month)"),
        Question.FreeText(UseCaseDescription, UseCaseClarity, "Describe the use case in your own words."),

        Question.Scale(DataAccessibility, DataReadiness, "How accessible is the data, lawfully, to the people who will build the system?"),
        Question.Scale(DataQuality, DataReadiness, "How complete, consistent and representative of real conditions is the data?"),
        Question.Scale(DataLabelling, DataReadiness, "How far is the data labelled for the task? (5 if no labels are needed)"),
        Question.YesNo(DataAccessApproved, DataReadiness,
            "Are the data-access, security and compliance approvals for the people who will build it already granted?"),

        Question.Scale(StakeholderAgreement, StakeholderAlignment, "How far do the stakeholders agree on what the system should do?"),
        Question.YesNo(AccountableOwner, StakeholderAlignment, "Is there a named business owner who will accept the result?"),
        Question.YesNo(DecisionAuthority, StakeholderAlignment,
            "Is it agreed who approves scope changes and trade-offs such as accuracy against latency?"),

        Question.Scale(LeadershipSponsorship, LeadershipSupport, "How strongly does leadership sponsor the initiative?"),
        Question.Scale(LeadershipGovernance, LeadershipSupport,
            "How ready is leadership to fund and enforce the governance production AI needs: security, monitoring, acceptance?"),
        Question.YesNo(AiGovernancePolicy, LeadershipSupport,
            "Does the organization have an AI governance policy covering prompts, logs, outputs and access?"),

        Question.SingleChoice(Role, Strategy, "What is this AI capability to the business?",
            (StrategicRole.CoreDifferentiator, "Core product or competitive differentiation"),
            (StrategicRole.ImportantNotDifferentiating, "Important, but not what sets us apart"),
            (StrategicRole.Commodity, "A commodity capability many businesses need")),
        Question.YesNo(OffTheShelf, Strategy, "Does an existing product already meet the need?"),

        Question.SingleChoice(Sensitivity, DataProtection, "How sensitive is the data?",
            (DataSensitivity.Public, "Public"),
            (DataSensitivity.Internal, "Internal"),
            (DataSensitivity.Confidential, "Confidential: customers' or proprietary data"),
            (DataSensitivity.HighlySensitive, "Highly sensitive: health, financial or personal data at scale")),
        Question.YesNo(ExternalAccessRestricted, DataProtection,
            "Does regulation or contract restrict giving an external team access to the data?"),
        Question.MultipleChoice(Regulations, DataProtection, "Which regulation applies to the data?",
            (Regulation.Gdpr, "GDPR"),
            (Regulation.Ccpa, "CCPA"),
            (Regulation.Hipaa, "HIPAA"),
            (Regulation.PciDss, "PCI DSS"),
            (Regulation.Other, "Other regulation")) with { Required = false },

        Question.YesNo(MlTalent, InternalCapability, "Do you employ machine-learning engineers who could build this?"),
        Question.YesNo(MlCapacity, InternalCapability, "Could they take it on in the time available without dropping other work?"),
        Question.YesNo(BuildCapability, InternalCapability, "Is building long-term internal AI capability a goal?"),
        Question.MultipleChoice(SkillsNeeded, InternalCapability, "Which specialised skills does the initiative need?",
            (SpecialisedSkill.ComputerVision, "Computer vision"),
            (SpecialisedSkill.Nlp, "Natural language processing"),
            (SpecialisedSkill.Llm, "Large language models"),
            (SpecialisedSkill.Rpa, "Robotic process automation"),
            (SpecialisedSkill.Mlops, "MLOps"),
            (SpecialisedSkill.DataEngineering, "Data engineering")),
        Question.YesNo(SkillsCovered, InternalCapability, "Does your own team already have all of those skills?"),
        Question.YesNo(SkillsPermanent, InternalCapability, "Will you need those skills permanently, beyond this initiative?"),

        Question.YesNo(TightIteration, Delivery, "Does the model need tight, frequent iteration with your product teams?"),
        Question.Scale(RequirementUncertainty, Delivery, "How exploratory are the requirements? (1: settled; 5: highly exploratory)"),
        Question.Scale(ScopeStability, Delivery, "How stable is the scope? (1: keeps changing; 5: fixed)"),
        Question.YesNo(OngoingWork, Delivery, "Is this ongoing work, with a roadmap beyond the first delivery?"),
        Question.YesNo(FixedDeadline, Delivery,
            "Is there a fixed deadline (board, competitive or regulatory) that a 4–6-month hiring cycle would miss?"),
        Question.YesNo(CurrentBudgetCycle, Delivery, "Are results needed within the current budget cycle?"),
        Question.SingleChoice(Size, Delivery, "How big is the initiative?",
            (ProjectSize.VerySmall, "Very small: a few person-weeks, such as a labelling task or a basic classifier"),
            (ProjectSize.Small, "Small: a contained pilot of two to four months"),
            (ProjectSize.Medium, "Medium: a production system for one workflow"),
            (ProjectSize.Large, "Large: an enterprise-grade platform or several workflows")),
        Question.YesNo(EngineeringAroundModel, Delivery,
            "Does it need substantial engineering around the model: APIs, observability, access control, legacy integration?"),
        Question.YesNo(HardeningBudgeted, Delivery,
            "Are time and budget set aside to harden the proof of concept for production: error handling, scale, monitoring?"),
        Question.YesNo(MlopsFromStart, Delivery, "Are deployment, monitoring and retraining (MLOps) planned from the start?"),
        Question.Number(ExpectedRoiMonths, Delivery, "Within how many months does leadership expect measurable returns?", 1, 60),

        Question.YesNo(PartnerRunsIt, OperationsAndExit,
            "Should a partner also run the system in production: monitoring, retraining, operations?"),
        Question.YesNo(OwnershipSecured, OperationsAndExit,
            "If a partner builds it, will you own the code, models, prompts and documentation, with access to every environment?"),
        Question.YesNo(KnowledgeTransferPlanned, OperationsAndExit,
            "If a partner builds it, does the plan include documentation, knowledge-transfer sessions, pair programming and a supervised handover?"),
    ]);
}

using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// Turns completed answers into a recommendation. Pure and deterministic: the same questionnaire, answers and
/// rubric always give an equal result, and the result records both versions so it can be reproduced.
/// </summary>
public static class AssessmentEngine
{
    /// <summary>Assesses answers that <see cref="Questionnaire.Validate"/> accepts for completion, with a valid rubric.</summary>
    /// <exception cref="ArgumentException">The answers are incomplete or invalid, or the rubric is invalid.</exception>
    public static AssessmentResult Assess(Questionnaire questionnaire, AnswerSheet answers, Rubric rubric)
    {
        ThrowIfInvalid(questionnaire.Validate(answers, ValidationMode.Completion), nameof(answers));
        ThrowIfInvalid(rubric.Validate(), nameof(rubric));

        var readiness = ReadinessScoring.Score(questionnaire, answers, rubric);
        var facts = new InitiativeFacts(questionnaire, answers, readiness, rubric);
        var recommendation = ApproachRules.Recommend(facts);
        var plan = PhasePlanner.Plan(facts, recommendation);
        return new AssessmentResult(
            questionnaire.Version,
            rubric.Version,
            readiness,
            recommendation,
            ResponsibilityRules.Split(facts, recommendation),
            RiskRules.Flag(facts, recommendation, plan),
            plan,
            CostEstimator.Compare(facts));
    }

    private static void ThrowIfInvalid(IReadOnlyDictionary<string, string[]> errors, string parameterName)
    {
        if (errors.Count > 0)
        {
            var problems = string.Join("; ", errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}"));
            throw new ArgumentException($"Validate before assessing. {problems}", parameterName);
        }
    }
}

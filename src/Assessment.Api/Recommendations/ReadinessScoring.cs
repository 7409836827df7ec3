using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// Scores the readiness signals. A signal is scored by the scale and yes/no questions of its questionnaire group:
/// a scale answer counts 0 at its minimum to 100 at its maximum, yes 100 and no 0, and the signal is their average.
/// The overall score is the weighted average of the signal scores as shown, so the numbers on the page add up.
/// </summary>
internal static class ReadinessScoring
{
    public static Readiness Score(Questionnaire questionnaire, AnswerSheet answers, Rubric rubric)
    {
        var signals = Enum.GetValues<ReadinessSignal>().Select(signal => ScoreOf(signal, questionnaire, answers, rubric)).ToList();
        var overall = Rounding.WholeScore(signals.Sum(signal => signal.Score * signal.Weight) / signals.Sum(signal => signal.Weight));
        var ready = overall >= rubric.Readiness.ReadyScore && !signals.Any(signal => signal.BelowFloor);
        return new Readiness(overall, ready, signals);
    }

    public static IEnumerable<Question> QuestionsOf(ReadinessSignal signal, Questionnaire questionnaire) =>
        questionnaire.Questions.Where(question => question.Group == GroupOf(signal) && question.Kind is QuestionKind.Scale or QuestionKind.YesNo);

    private static SignalScore ScoreOf(ReadinessSignal signal, Questionnaire questionnaire, AnswerSheet answers, Rubric rubric)
    {
        var scored = QuestionsOf(signal, questionnaire).Select(question => question.Id).ToList();
        var drivers = DrivingAnswer.From(questionnaire, answers, scored);
        var points = drivers.Select(driver => PointsFor(questionnaire.FindQuestion(driver.QuestionId)!, driver.Answer)).ToList();
        var score = points.Count == 0 ? 0 : Rounding.WholeScore(points.Average());
        return new SignalScore(signal, score, rubric.SignalWeights.Of(signal), score < rubric.Readiness.SignalFloor, drivers);
    }

    private static decimal PointsFor(Question question, AnswerValue answer) => question.Kind == QuestionKind.YesNo
        ? answer.YesNo == true ? 100 : 0
        : (answer.Number!.Value - question.Minimum!.Value) * 100 / (question.Maximum!.Value - question.Minimum.Value);

    private static QuestionGroup GroupOf(ReadinessSignal signal) => signal switch
    {
        ReadinessSignal.UseCaseClarity => QuestionGroup.UseCaseClarity,
        ReadinessSignal.DataReadiness => QuestionGroup.DataReadiness,
        ReadinessSignal.StakeholderAlignment => QuestionGroup.StakeholderAlignment,
        ReadinessSignal.LeadershipSupport => QuestionGroup.LeadershipSupport,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown readiness signal."),
    };
}

using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>An answer that drove a score, a reason or a risk flag.</summary>
public sealed record DrivingAnswer(string QuestionId, AnswerValue Answer)
{
    /// <summary>The given answers to these questions, in questionnaire order.</summary>
    internal static IReadOnlyList<DrivingAnswer> From(Questionnaire questionnaire, AnswerSheet answers, IEnumerable<string> questionIds)
    {
        var wanted = questionIds.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. from question in questionnaire.Questions
               where wanted.Contains(question.Id)
               let answer = answers.Find(question.Id)
               where answer is not null
               select new DrivingAnswer(question.Id, answer),
        ];
    }
}

using OutsourcingPortal.Assessment.Api.Assessments;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;

namespace OutsourcingPortal.Assessment.Tests.Assessments;

public sealed class AssessmentComparisonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Two_assessments_with_the_same_answers_and_rubric_show_no_difference()
    {
        var answers = new AnswersBuilder().Build();

        var comparison = AssessmentComparison.Of(Completed(answers), Completed(answers));

        Assert.Empty(comparison.Differences);
    }

    [Fact]
    public void A_vaguer_use_case_shows_as_a_changed_approach_readiness_and_the_answers_that_changed()
    {
        var before = Completed(new AnswersBuilder().WithVagueUseCase().Build());
        var after = Completed(new AnswersBuilder().Build());

        var differences = AssessmentComparison.Of(before, after).Differences.ToDictionary(difference => difference.Aspect);

        Assert.Equal(("discovery-first", "outsource"), (differences["approach"].First, differences["approach"].Second));
        Assert.Contains("readiness.useCaseClarity", differences.Keys);
        Assert.Equal(("1", "4"), (differences[$"answers.{UseCaseProblem}"].First, differences[$"answers.{UseCaseProblem}"].Second));
        Assert.DoesNotContain($"answers.{DataQuality}", differences.Keys);
    }

    [Fact]
    public void A_draft_compared_with_a_completed_assessment_shows_its_conclusions_as_absent()
    {
        var answers = new AnswersBuilder().Build();
        var draft = Completed(answers) with { Status = AssessmentStatus.Draft, Result = null, CompletedAt = null };

        var approach = Assert.Single(AssessmentComparison.Of(draft, Completed(answers)).Differences, difference => difference.Aspect == "approach");

        Assert.Equal((null, "outsource"), (approach.First, approach.Second));
    }

    private static AssessmentResponse Completed(AnswerSheet answers) =>
        new(Guid.NewGuid(), Guid.NewGuid(), AssessmentStatus.Completed, answers.QuestionnaireVersion, answers.Answers,
            AssessmentEngine.Assess(Questionnaire.Current, answers, Rubric.Default), Now, Now, Now);
}

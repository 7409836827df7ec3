using OutsourcingPortal.Assessment.Api.Assessments;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;

namespace OutsourcingPortal.Assessment.Tests.Assessments;

public sealed class DemoAssessmentTests
{
    [Fact]
    public void The_demo_assessments_are_complete_and_each_reaches_a_different_recommendation()
    {
        var approaches = DemoAssessments.All.Select(demo =>
        {
            var answers = DemoAssessments.AnswersFor(demo.Differences);
            Assert.Empty(Questionnaire.Current.Validate(answers, ValidationMode.Completion));
            return AssessmentEngine.Assess(Questionnaire.Current, answers, Rubric.Default).Recommendation.Approach;
        }).ToList();

        Assert.Equal([Approach.Outsource, Approach.DataReadinessFirst, Approach.Hybrid, Approach.DiscoveryFirst], approaches);
    }
}

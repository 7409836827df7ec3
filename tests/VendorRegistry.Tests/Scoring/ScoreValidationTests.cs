using OutsourcingPortal.VendorRegistry.Api.Briefs;
using static OutsourcingPortal.VendorRegistry.Tests.Scoring.Scoring;

namespace OutsourcingPortal.VendorRegistry.Tests.Scoring;

public sealed class ScoreValidationTests
{
    [Theory]
    [InlineData(ValidationMode.Draft)]
    [InlineData(ValidationMode.Submission)]
    public void A_score_for_every_criterion_is_valid(ValidationMode mode)
    {
        Assert.Empty(Template.Validate(Scores((Quality, 4), (Security, 3), (Price, 5)), mode));
    }

    [Fact]
    public void A_draft_may_score_some_criteria_or_none()
    {
        Assert.Empty(Template.Validate(Scores((Quality, 4)), ValidationMode.Draft));
        Assert.Empty(Template.Validate(Scores(), ValidationMode.Draft));
    }

    [Fact]
    public void Submitting_needs_a_score_for_every_criterion()
    {
        var errors = Template.Validate(Scores((Quality, 4)), ValidationMode.Submission);

        Assert.Equal([Price, Security], errors.Keys);
        Assert.All(errors.Values, messages => Assert.Equal(["Needs a score to submit the scorecard."], messages));
    }

    [Fact]
    public void A_null_score_counts_as_no_score()
    {
        var scores = Scores((Quality, 4), (Security, null), (Price, 5));

        Assert.Empty(Template.Validate(scores, ValidationMode.Draft));
        Assert.Equal([Security], Template.Validate(scores, ValidationMode.Submission).Keys);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(-1, false)]
    [InlineData(int.MaxValue, false)]
    public void A_score_must_be_a_whole_number_from_1_to_5(int score, bool valid)
    {
        var errors = Template.Validate(Scores((Quality, score)), ValidationMode.Draft);

        Assert.Equal(valid ? null : ["Must be a whole number from 1 to 5."], errors.GetValueOrDefault(Quality));
    }

    [Fact]
    public void A_score_for_an_unknown_criterion_is_an_error()
    {
        var errors = Template.Validate(Scores((Quality, 4), ("vibes", 5)), ValidationMode.Draft);

        Assert.Equal(["Is not a criterion of this scoring template."], errors["vibes"]);
    }

    [Fact]
    public void Errors_are_keyed_by_criterion_id_in_ordinal_order()
    {
        var errors = Template.Validate(Scores(("zzz", 1), (Quality, 9), ("aaa", 1)), ValidationMode.Submission);

        Assert.Equal(["aaa", Price, Quality, Security, "zzz"], errors.Keys);
    }
}

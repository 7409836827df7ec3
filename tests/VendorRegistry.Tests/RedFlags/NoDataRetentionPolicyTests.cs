using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;
using RedFlagKind = OutsourcingPortal.Contracts.Vendors.RedFlagKind;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>no-data-retention-policy [001][002]: no answer, no policy, or data kept indefinitely.</summary>
public sealed class NoDataRetentionPolicyTests
{
    public static TheoryData<string> NoPolicy => new()
    {
        "We keep data indefinitely.",
        "We keep your data indefinitely to improve our models.",
        "Data is stored indefinitely.",
        "We retain training data for as long as it is useful.",
        "Copies are archived permanently.",
        "We hold client datasets with no time limit.",
        "We have no formal policy.",
        "There is no data retention policy.",
        "We don't have a formal retention policy yet.",
        "We do not have a deletion policy.",
        "Data is never deleted.",
        "We never delete client data.",
        "Our policy is still to be defined.",
        "Client data may be retained indefinitely for quality purposes.",
    };

    [Theory]
    [MemberData(nameof(NoPolicy))]
    public void No_policy_or_indefinite_keeping_is_flagged_and_quoted(string sentence)
    {
        AssertSingleFlag(DetectSentence(DataRetention, sentence), RedFlagKind.NoDataRetentionPolicy, DataRetention, sentence);
    }

    public static TheoryData<string> Policy => new()
    {
        "We delete all client data within 30 days of the end of the engagement and provide a deletion certificate.",
        "We never keep data indefinitely.",
        "We keep no data indefinitely; backups expire after 35 days.",
        "Data is kept for no longer than 90 days.",
        "We do not delete data until the contract ends, then within 30 days.",
        "Our written retention policy is attached.",
        "No manual process is involved in deletion: it runs automatically on day 30.",
        "Retention: 30 days, then secure deletion.",
    };

    [Theory]
    [MemberData(nameof(Policy))]
    public void A_retention_and_deletion_policy_is_not_flagged(string sentence)
    {
        Assert.Empty(DetectSentence(DataRetention, sentence));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   \n ", "")]
    [InlineData("N/A", "N/A")]
    [InlineData("n/a.", "n/a.")]
    [InlineData(" TBD ", "TBD")]
    [InlineData("None", "None")]
    [InlineData("-", "-")]
    [InlineData("To be defined.", "To be defined.")]
    [InlineData("Not applicable", "Not applicable")]
    public void A_blank_or_placeholder_answer_is_flagged_with_what_was_written(string? answer, string quote)
    {
        var flag = Assert.Single(DetectIn(DataRetention, answer!));

        Assert.Equal((RedFlagKind.NoDataRetentionPolicy, DataRetention, quote), (flag.Kind, flag.QuestionId, flag.Quote));
    }

    [Fact]
    public void An_unanswered_retention_question_is_flagged()
    {
        var flag = Assert.Single(Detect(new ResponseBuilder().Without(DataRetention)));

        Assert.Equal((RedFlagKind.NoDataRetentionPolicy, DataRetention, ""), (flag.Kind, flag.QuestionId, flag.Quote));
    }

    [Theory]
    [InlineData(SecurityPractices, "We keep data indefinitely.", true)]
    [InlineData(SecurityPractices, "There is no data retention policy.", true)]
    [InlineData(SecurityPractices, "We have no formal policy on the colour of slides.", false)]
    public void Indefinite_keeping_counts_in_any_answer_but_a_bare_no_policy_only_in_the_retention_answer(string questionId, string sentence, bool flagged)
    {
        Assert.Equal(flagged, DetectSentence(questionId, sentence).Kinds().Contains(RedFlagKind.NoDataRetentionPolicy));
    }
}

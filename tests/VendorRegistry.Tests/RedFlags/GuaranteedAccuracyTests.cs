using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>guaranteed-accuracy [001]: a metric figure promised before the data was seen, not a target or a refusal.</summary>
public sealed class GuaranteedAccuracyTests
{
    public static TheoryData<string> Promises => new()
    {
        "We guarantee 95% accuracy.",
        "we guarantee 95% accuracy",
        "WE GUARANTEE 95% ACCURACY!",
        "Accuracy of at least 98% guaranteed.",
        "We will achieve 99 percent precision.",
        "We will achieve 99 per cent precision on your invoices.",
        "Our model is guaranteed to be 97% accurate.",
        "We promise 96% recall from the first release.",
        "99.5 % recall, guaranteed.",
        "Guaranteed: 96% F1.",
        "We can guarantee an accuracy above ninety-five percent.",
        "We guarantee that the model will reach 95% accuracy.",
        "The classifier will be at least 97% accurate.",
        "We commit to 93% precision in production.",
        "An F1 score of 0.92 is guaranteed.",
        "We will deliver 98% accuracy within eight weeks.",
        "We'll hit 95% accuracy in the first month.",
        "No doubt: we guarantee 95% accuracy.",
        "No matter what, we guarantee 95% accuracy.",
        "Error rate below 2% guaranteed.",
        "We guarantee 95% accuracy even before seeing your data.",
        "Our solution guarantees at least 95% accuracy on invoice classification.",
        "We are confident we will achieve 97% accuracy.",
        "Accuracy: 99% guaranteed.",
    };

    [Theory]
    [MemberData(nameof(Promises))]
    public void A_promised_metric_figure_is_flagged_and_quoted(string sentence)
    {
        AssertSingleFlag(DetectSentence(PilotProposal, sentence), RedFlagKind.GuaranteedAccuracy, PilotProposal, sentence);
    }

    public static TheoryData<string> NotPromises => new()
    {
        "We cannot guarantee accuracy before we see your data.",
        "We cannot guarantee 95% accuracy before we see your data.",
        "We target 90% after the pilot, measured on your data.",
        "target 90% after the pilot measured on your data",
        "We do not guarantee any accuracy figure.",
        "We don't guarantee 95% accuracy to anyone.",
        "We never promise figures like 95% accuracy up front.",
        "No vendor can honestly promise 95% accuracy before seeing your data.",
        "We will not guarantee 95% accuracy, because nobody can without the data.",
        "We do not, at this stage, guarantee 95% accuracy.",
        "Rather than guarantee 95% accuracy, we agree a metric after discovery.",
        "We guarantee 99.9% uptime for the serving platform.",
        "Our last model achieved 94% accuracy in production.",
        "The pilot will be judged against an accuracy baseline of 85%.",
        "We aim to reach 90% accuracy on your data.",
        "We expect around 90% accuracy once the data is clean.",
        "We guarantee 95% accuracy once we have analysed your data.",
        "We will commit to an accuracy figure of 92% after the pilot.",
        "We will deliver 100% of the source code and a precision report every week.",
        "We guarantee delivery in 2.5 months, with accuracy reported weekly.",
        "We promise weekly reports on accuracy and recall.",
        "Do you need 95% accuracy?",
        "Accuracy targets will be agreed after the discovery phase, measured on your data.",
        "Our guarantee covers bug fixes for 90 days, and accuracy is reported monthly.",
        "In a similar project we reached 96% accuracy after three months.",
    };

    [Theory]
    [MemberData(nameof(NotPromises))]
    public void A_target_a_refusal_or_another_figure_is_not_flagged(string sentence)
    {
        Assert.Empty(DetectSentence(PilotProposal, sentence));
    }

    [Theory]
    [InlineData("We guarantee 95\uFF05 accuracy.")]
    [InlineData("We guarantee 95\uFE6A accuracy.")]
    [InlineData("We guarantee 95\u066A accuracy.")]
    [InlineData("We guarantee \uFF19\uFF15% accuracy.")]
    [InlineData("We guarantee 95\u00A0% accuracy.")]
    [InlineData("We guarantee 95\u202F% accuracy.")]
    public void Unicode_percent_signs_digits_and_spaces_count_and_the_quote_keeps_them(string sentence)
    {
        AssertSingleFlag(DetectSentence(PilotProposal, sentence), RedFlagKind.GuaranteedAccuracy, PilotProposal, sentence);
    }

    [Theory]
    [InlineData("We can\u2019t guarantee 95% accuracy before seeing the data.")]
    [InlineData("We won\u2019t promise 95% accuracy.")]
    public void A_typographic_apostrophe_negates_as_a_straight_one_does(string sentence)
    {
        Assert.Empty(DetectSentence(PilotProposal, sentence));
    }

    [Theory]
    [InlineData(ProblemRestatement)]
    [InlineData(QualityAfterDeployment)]
    [InlineData(PricingModel)]
    public void A_promise_is_flagged_in_whichever_answer_makes_it(string questionId)
    {
        AssertSingleFlag(DetectSentence(questionId, "We guarantee 95% accuracy."), RedFlagKind.GuaranteedAccuracy, questionId, "We guarantee 95% accuracy.");
    }

    [Fact]
    public void Each_promising_sentence_is_quoted_on_its_own()
    {
        var flags = DetectIn(PilotProposal, "We guarantee 95% accuracy. The pilot takes six weeks. Recall will be 97%, guaranteed.");

        Assert.Equal(["We guarantee 95% accuracy.", "Recall will be 97%, guaranteed."], flags.Select(flag => flag.Quote));
    }

    [Fact]
    public void The_flag_explains_itself_and_cites_its_article()
    {
        var flag = Assert.Single(DetectSentence(PilotProposal, "We guarantee 95% accuracy."));

        Assert.Equal("[001]", flag.Source);
        Assert.Contains("before seeing the data", flag.Explanation, StringComparison.Ordinal);
    }
}

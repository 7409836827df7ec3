using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>no-production-history [001][002]: research, prototypes and proofs of concept, nothing still running in production.</summary>
public sealed class NoProductionHistoryTests
{
    public static TheoryData<string> NothingInProduction => new()
    {
        "We have no models in production yet.",
        "No models in production yet, but many successful PoCs.",
        "Zero ML models running in production so far.",
        "None of our projects has reached production.",
        "We have no production deployments yet.",
        "We haven't deployed anything to production yet.",
        "We have not yet put a model into production.",
        "We have yet to deploy a model to production.",
        "We've never shipped a model to production.",
        "Our models are not yet in production.",
        "Nothing has gone into production yet.",
        "We have only done research projects and PoCs so far.",
        "Our experience is limited to research and proof-of-concept work.",
        "We have built only prototypes and demos.",
        "Our work has been at PoC stage so far.",
        "Our solutions are still prototypes.",
        "So far our work has been limited to proofs of concept.",
    };

    [Theory]
    [MemberData(nameof(NothingInProduction))]
    public void Research_and_prototypes_without_production_are_flagged_and_quoted(string sentence)
    {
        AssertSingleFlag(DetectSentence(ProductionHistory, sentence), RedFlagKind.NoProductionHistory, ProductionHistory, sentence);
    }

    public static TheoryData<string> InProduction => new()
    {
        "We run 14 models in production today and monitor them with drift dashboards.",
        "Unlike many vendors with only PoCs, we have 23 models running in production.",
        "Not only research: twelve production models since 2021.",
        "Our PoC for a retailer went to production in ten weeks.",
        "No model goes to production without shadow testing.",
        "We have never deployed to production without a rollback plan.",
        "We have had no downtime in production for three years.",
        "None of our 14 production models has failed an audit.",
        "We have never had a model fail in production unnoticed.",
        "Zero production incidents last year.",
        "We take models from proof of concept to production in weeks.",
    };

    [Theory]
    [MemberData(nameof(InProduction))]
    public void A_production_record_or_a_production_rule_is_not_flagged(string sentence)
    {
        Assert.Empty(DetectSentence(ProductionHistory, sentence));
    }

    [Fact]
    public void A_profile_with_no_model_in_production_is_flagged_with_the_fact()
    {
        var flag = Assert.Single(Detect(vendor: new VendorBuilder().WithProductionModels(0)));

        Assert.Equal((RedFlagKind.NoProductionHistory, RedFlag.Profile, "Models still running in production: 0"), (flag.Kind, flag.QuestionId, flag.Quote));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(null)]
    public void A_profile_with_a_model_in_production_or_no_count_is_not_flagged(int? count)
    {
        Assert.Empty(Detect(vendor: new VendorBuilder().WithProductionModels(count)));
    }

    [Fact]
    public void The_profile_track_record_is_read_and_quoted()
    {
        var flags = Detect(vendor: new VendorBuilder().WithTrackRecord("Founded in 2023. We have only done research projects for universities."));

        var flag = Assert.Single(flags);
        Assert.Equal((RedFlag.Profile, "We have only done research projects for universities."), (flag.QuestionId, flag.Quote));
    }

    [Fact]
    public void Only_the_track_record_is_read_for_production_history_not_for_other_kinds()
    {
        Assert.Empty(Detect(vendor: new VendorBuilder().WithTrackRecord("We guarantee 95% accuracy on every project.")));
    }

    [Fact]
    public void A_zero_count_and_a_sentence_saying_so_are_two_flags_the_answer_first()
    {
        var flags = Detect(new ResponseBuilder().With(ProductionHistory, "We have no models in production yet."), new VendorBuilder().WithProductionModels(0));

        Assert.Equal([ProductionHistory, RedFlag.Profile], flags.Select(flag => flag.QuestionId));
    }
}

using System.Diagnostics;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>What holds for every kind of flag: a clean response, ordering, quoting, determinism and untrusted input.</summary>
public sealed class RedFlagDetectorTests
{
    [Fact]
    public void A_clean_response_from_a_vendor_with_a_production_record_raises_no_flag()
    {
        Assert.Empty(Detect(regulations: [Regulation.Gdpr, Regulation.FinancialServices]));
    }

    [Fact]
    public void Flags_are_ordered_by_kind_then_question_order_with_the_profile_last_then_position()
    {
        var flags = Detect(
            new ResponseBuilder()
                .With(PricingModel, "No change requests. We guarantee 95% accuracy.")
                .With(ProblemRestatement, "We promise 97% recall. Our PoC went well. We guarantee 96% precision.")
                .With(TeamMembers, "Resources will rotate."),
            new VendorBuilder().WithProductionModels(0).WithCertifications(),
            [Regulation.Gdpr]);

        Assert.Equal(
        [
            (RedFlagKind.GuaranteedAccuracy, ProblemRestatement, "We promise 97% recall."),
            (RedFlagKind.GuaranteedAccuracy, ProblemRestatement, "We guarantee 96% precision."),
            (RedFlagKind.GuaranteedAccuracy, PricingModel, "We guarantee 95% accuracy."),
            (RedFlagKind.UndisclosedTeam, TeamMembers, "Resources will rotate."),
            (RedFlagKind.NoProductionHistory, RedFlag.Profile, "Models still running in production: 0"),
            (RedFlagKind.RigidFixedPrice, PricingModel, "No change requests."),
            (RedFlagKind.MissingCertification, RedFlag.Profile, "Certifications: none"),
        ], flags.Select(flag => (flag.Kind, flag.QuestionId, flag.Quote)));
    }

    [Fact]
    public void One_sentence_can_raise_several_kinds()
    {
        var flags = DetectSentence(PilotProposal, "We guarantee 95% accuracy, and the team will be assigned after signing.");

        Assert.Equal([RedFlagKind.GuaranteedAccuracy, RedFlagKind.UndisclosedTeam], flags.Kinds());
    }

    [Fact]
    public void A_sentence_matching_two_phrasings_of_one_kind_is_one_flag()
    {
        var flags = DetectSentence(PricingModel, "Fixed price, fixed scope, and no change requests.");

        Assert.Equal([RedFlagKind.RigidFixedPrice], flags.Kinds());
    }

    [Fact]
    public void The_same_sentence_in_two_answers_is_a_flag_for_each()
    {
        var flags = Detect(new ResponseBuilder().With(PricingModel, "No change requests.").With(PricingUncertainty, "No change requests."));

        Assert.Equal([PricingModel, PricingUncertainty], flags.Select(flag => flag.QuestionId));
    }

    [Fact]
    public void The_same_input_gives_the_same_flags_whatever_the_order_of_the_answers()
    {
        var answers = new ResponseBuilder()
            .With(PricingModel, "No change requests.")
            .With(TeamMembers, "Resources will rotate. The team is to be determined.")
            .With(PilotProposal, "We guarantee 95% accuracy.")
            .Build();
        var reversed = answers with { Answers = answers.Answers.Reverse().ToDictionary(StringComparer.Ordinal) };
        var vendor = new VendorBuilder().WithCertifications().Build();

        var first = RedFlagDetector.Detect(new RedFlagInput(answers, vendor, [Regulation.Hipaa, Regulation.Gdpr], EvaluatedOn));
        var second = RedFlagDetector.Detect(new RedFlagInput(reversed, vendor, [Regulation.Gdpr, Regulation.Hipaa], EvaluatedOn));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Answers_to_unknown_questions_are_not_read()
    {
        Assert.Empty(Detect(new ResponseBuilder().With("favourite-colour", "We guarantee 95% accuracy.")));
    }

    [Fact]
    public void Answers_for_an_unknown_questionnaire_version_are_refused()
    {
        var input = new RedFlagInput(new ResponseBuilder().Build(questionnaireVersion: 7), new VendorBuilder().Build(), [], EvaluatedOn);

        Assert.Throws<ArgumentException>(() => RedFlagDetector.Detect(input));
    }

    [Fact]
    public void An_answer_is_read_only_up_to_its_maximum_length()
    {
        var filler = string.Concat(Enumerable.Repeat("We work closely with you. ", 400))[..BriefQuestion.DefaultMaxLength];

        Assert.Empty(DetectIn(PilotProposal, filler + " We guarantee 95% accuracy."));
        Assert.NotEmpty(DetectIn(PilotProposal, filler[..^40] + " We guarantee 95% accuracy."));
    }

    [Fact]
    public void Questions_are_not_read_as_promises()
    {
        Assert.Empty(DetectIn(PilotProposal, "Do you need 95% accuracy? Should resources rotate? Is the price final?"));
    }

    public static TheoryData<string, string> Sentences => new()
    {
        { "We use e.g. MLflow. We guarantee 95% accuracy.", "We guarantee 95% accuracy." },
        { "Our U.S. team guarantees 95% accuracy. Thanks.", "Our U.S. team guarantees 95% accuracy." },
        { "We guarantee 99.5% recall! Thanks.", "We guarantee 99.5% recall!" },
        { "Pilot:\n- We guarantee 95% accuracy\n- Six weeks", "We guarantee 95% accuracy" },
        { "Pilot:\r\n• We guarantee 95% accuracy\r\n• Six weeks", "We guarantee 95% accuracy" },
        { "   We guarantee 95% accuracy.   ", "We guarantee 95% accuracy." },
        { "Six weeks\u2026 We guarantee 95% accuracy\u2026 Then production.", "We guarantee 95% accuracy\u2026" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_quote_is_the_sentence_as_written_without_bullets_or_surrounding_space(string answer, string quote)
    {
        Assert.Equal([quote], DetectIn(PilotProposal, answer).Select(flag => flag.Quote));
    }

    /// <summary>Offsets around the edges of the 600-character windows long sentences are read in.</summary>
    public static TheoryData<int> Offsets => [0, 250, 290, 300, 310, 580, 600, 890, 1500, 2950];

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_phrase_anywhere_in_a_very_long_sentence_is_found_once_and_the_whole_sentence_quoted(int offset)
    {
        var sentence = LongSentenceWith("we guarantee 95% accuracy", offset);

        var flag = Assert.Single(DetectIn(PilotProposal, sentence));

        Assert.Equal((RedFlagKind.GuaranteedAccuracy, sentence), (flag.Kind, flag.Quote));
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_negation_anywhere_in_a_very_long_sentence_still_negates(int offset)
    {
        Assert.Empty(DetectIn(PilotProposal, LongSentenceWith("we do not at this stage guarantee 95% accuracy", offset)));
    }

    // Harmless words around the phrase, in one sentence of over 3000 characters; the phrase starts near the offset.
    private static string LongSentenceWith(string phrase, int offset)
    {
        var filler = string.Concat(Enumerable.Repeat("and we work closely with you ", 120));
        var cut = filler.LastIndexOf(' ', Math.Max(0, offset - 1)) + 1;
        return $"{filler[..cut]}{phrase} {filler[cut..]}".Trim() + ".";
    }

    public static TheoryData<string> Hostile => new()
    {
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("not ", 2_500)),
        string.Concat(Enumerable.Repeat("95% ", 2_500)),
        string.Concat(Enumerable.Repeat("we guarantee the ", 588)),
        string.Concat(Enumerable.Repeat("team members will ", 555)),
        string.Concat(Enumerable.Repeat("no models ", 1_000)),
        string.Concat(Enumerable.Repeat("reusable components remain ", 370)),
        string.Concat(Enumerable.Repeat(", ", 5_000)),
        string.Concat(Enumerable.Repeat("a-", 5_000)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_of_the_maximum_length_in_every_answer_is_read_in_bounded_time(string text)
    {
        var response = new ResponseBuilder();
        foreach (var question in BriefQuestionnaire.Version1.Questions)
        {
            response.With(question.Id, text);
        }
        var clock = Stopwatch.StartNew();

        Detect(response, new VendorBuilder().WithTrackRecord(text));

        // Generous for a loaded machine; a catastrophic backtrack would take minutes, not seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"Took {clock.Elapsed}.");
    }
}

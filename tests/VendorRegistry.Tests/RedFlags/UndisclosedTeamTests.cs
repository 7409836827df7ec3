using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>undisclosed-team [001]: who will do the work is left open, named only after signing, or rotates.</summary>
public sealed class UndisclosedTeamTests
{
    public static TheoryData<string> Undisclosed => new()
    {
        "The team is to be determined.",
        "Team members: TBD.",
        "Staffing to be confirmed.",
        "The exact people are not yet known.",
        "Engineers will be assigned later.",
        "Individuals will be named in due course.",
        "The team will be assigned after signing.",
        "Engineers are allocated upon contract signature.",
        "We will assign engineers after the contract is signed.",
        "Names will be shared after the contract is signed.",
        "Our consultants are selected at kick-off.",
        "Resources will rotate.",
        "Team members may rotate between projects as demand changes.",
        "We rotate engineers every quarter.",
        "Staff rotation keeps our people fresh.",
        "We work with a rotating pool of specialists.",
        "Engineers are drawn from our shared pool as needed.",
        "We do not disclose individual names before contract signature.",
        "We cannot commit specific engineers at this stage.",
        "We prefer not to share CVs until we are selected.",
        "We will staff the project after kick-off.",
        "Specialists are appointed once the purchase order is issued.",
    };

    [Theory]
    [MemberData(nameof(Undisclosed))]
    public void An_undisclosed_or_rotating_team_is_flagged_and_quoted(string sentence)
    {
        AssertSingleFlag(DetectSentence(TeamMembers, sentence), RedFlagKind.UndisclosedTeam, TeamMembers, sentence);
    }

    public static TheoryData<string> Disclosed => new()
    {
        "Anna Kowalska (lead ML engineer, full time) and Tom Berg (data engineer, 80%) work on it from start to end.",
        "We never rotate engineers off a project.",
        "Our engineers never rotate.",
        "Team members are not rotated during an engagement.",
        "Resources will not rotate.",
        "There is no rotation of people between projects.",
        "Staff rotation is not something we do.",
        "We avoid rotating people between clients.",
        "The team named above starts at kick-off.",
        "The people listed in this proposal are the people who will work on it.",
        "We do not disclose client names without permission.",
        "Every person named above is assigned full time from kick-off.",
        "Anna stays on the project from start to handover.",
    };

    [Theory]
    [MemberData(nameof(Disclosed))]
    public void A_named_stable_team_or_a_refusal_to_rotate_is_not_flagged(string sentence)
    {
        Assert.Empty(DetectSentence(TeamMembers, sentence));
    }

    [Theory]
    [InlineData(TeamRetention, "Resources will rotate.", true)]
    [InlineData(PilotProposal, "The team will be assigned after signing.", true)]
    [InlineData(PricingModel, "The budget is to be determined.", false)]
    [InlineData(TimeCommitment, "Time commitment to be confirmed.", true)]
    [InlineData(PricingModel, "Rates to be confirmed.", false)]
    public void A_team_left_open_counts_in_the_team_answers_and_rotation_anywhere(string questionId, string sentence, bool flagged)
    {
        Assert.Equal(flagged, DetectSentence(questionId, sentence).Kinds().Contains(RedFlagKind.UndisclosedTeam));
    }

    [Fact]
    public void A_team_named_neither_in_the_answer_nor_in_the_profile_is_flagged_on_the_team_question()
    {
        var flags = Detect(new ResponseBuilder().With(TeamMembers, "  "), new VendorBuilder().WithTeam());

        var flag = Assert.Single(flags);
        Assert.Equal((RedFlagKind.UndisclosedTeam, TeamMembers, ""), (flag.Kind, flag.QuestionId, flag.Quote));
    }

    [Fact]
    public void Blank_names_in_the_profile_name_nobody()
    {
        var flags = Detect(new ResponseBuilder().Without(TeamMembers), new VendorBuilder().WithTeam("", "  "));

        Assert.Equal([RedFlagKind.UndisclosedTeam], flags.Kinds());
    }

    [Fact]
    public void A_team_named_in_the_profile_is_disclosed_even_while_the_answer_is_a_draft()
    {
        Assert.Empty(Detect(new ResponseBuilder().Without(TeamMembers)));
    }

    [Fact]
    public void A_team_named_in_the_answer_is_disclosed_even_when_the_profile_names_nobody()
    {
        Assert.Empty(Detect(vendor: new VendorBuilder().WithTeam()));
    }
}

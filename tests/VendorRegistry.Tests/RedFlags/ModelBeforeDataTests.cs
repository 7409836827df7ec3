using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>model-before-data [002]: the approach settles on a model while no approach answer asks about or mentions data.</summary>
public sealed class ModelBeforeDataTests
{
    /// <summary>Approach answers that settle nothing and mention no data, so only the tested sentence decides.</summary>
    private static ResponseBuilder WithoutDataInTheApproach() => new ResponseBuilder()
        .With(ProblemRestatement, "You want less manual triage in finance.")
        .Without(QuestionsForClient)
        .With(SmallestMeasurableEngagement, "A six-week pilot with a go/no-go decision.")
        .With(PilotProposal, "Six weeks, four people, a go/no-go decision at the end.");

    public static TheoryData<string> ModelFirst => new()
    {
        "We will use GPT-4 to classify them.",
        "We will fine-tune Llama 3 for this.",
        "We propose to fine-tune Llama-3.1 on day one.",
        "Our approach is based on Claude 3.5 Sonnet.",
        "A GPT-4o-based assistant will do the routing.",
        "We recommend Mistral for cost reasons.",
        "GPT-4 will be used for the routing.",
        "The model will be XGBoost.",
        "Our choice is a fine-tuned BERT.",
        "We will train a neural network from scratch.",
        "Our stack will be GPT-4o with a vector store.",
    };

    [Theory]
    [MemberData(nameof(ModelFirst))]
    public void A_model_chosen_without_a_word_about_data_is_flagged_and_quoted(string sentence)
    {
        var flags = Detect(WithoutDataInTheApproach().With(PilotProposal, $"Six weeks. {sentence}"));

        AssertSingleFlag(flags, RedFlagKind.ModelBeforeData, PilotProposal, sentence);
    }

    [Theory]
    [InlineData(ProblemRestatement, "Before choosing between GPT-4 and Llama we need a sample of your data.")]
    [InlineData(QuestionsForClient, "How many invoices are labelled today?")]
    [InlineData(SmallestMeasurableEngagement, "Two weeks profiling your datasets come first.")]
    [InlineData(PilotProposal, "We will fine-tune Llama 3 on your historical tickets.")]
    public void Any_approach_answer_about_data_clears_the_model_choice(string questionId, string answer)
    {
        var flags = Detect(WithoutDataInTheApproach().With(PilotProposal, "We will use GPT-4.").With(questionId, answer));

        Assert.DoesNotContain(RedFlagKind.ModelBeforeData, flags.Kinds());
    }

    [Theory]
    [InlineData("We will not pick GPT-4 or any model yet.")]
    [InlineData("Bert Jansen leads the pilot.")]
    [InlineData("Our LLMOps setup is described below.")]
    [InlineData("A six-week pilot.")]
    public void A_refusal_a_name_or_no_model_at_all_is_not_flagged(string sentence)
    {
        Assert.Empty(Detect(WithoutDataInTheApproach().With(PilotProposal, sentence)));
    }

    [Fact]
    public void A_model_named_outside_the_approach_answers_is_not_flagged()
    {
        var flags = Detect(WithoutDataInTheApproach().With(MlopsArchitecture, "We use GPT-4 as a judge in evaluation."));

        Assert.Empty(flags);
    }

    [Fact]
    public void Every_sentence_that_settles_on_a_model_is_quoted_in_answer_order()
    {
        var flags = Detect(WithoutDataInTheApproach()
            .With(ProblemRestatement, "We will use GPT-4.")
            .With(PilotProposal, "We will fine-tune Llama 3. It will run on your cloud."));

        Assert.Equal([(ProblemRestatement, "We will use GPT-4."), (PilotProposal, "We will fine-tune Llama 3.")],
            flags.Select(flag => (flag.QuestionId, flag.Quote)));
    }
}

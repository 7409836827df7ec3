using System.Text.RegularExpressions;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using static OutsourcingPortal.VendorRegistry.Api.RedFlags.Pattern;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// model-before-data [002]: in the answers that describe the approach (the problem restated, the questions for the
/// client, the smallest engagement, the pilot), the vendor settles on a model ("we will fine-tune Llama 3") while none
/// of those answers asks about or mentions data. Each sentence that settles on a model is quoted. Other answers are
/// not read: security and retention answers mention data whatever the approach.
/// </summary>
internal static class ModelBeforeData
{
    public static readonly IReadOnlyList<string> ApproachQuestions =
    [
        BriefQuestionIds.ProblemRestatement,
        BriefQuestionIds.QuestionsForClient,
        BriefQuestionIds.SmallestMeasurableEngagement,
        BriefQuestionIds.PilotProposal,
    ];

    private const string ModelName =
        @"\b(?:chat-?gpt|gpt-?\s?[345](?:\.\d)?(?:o|-?turbo|-?mini)?|claude(?:\s+\d(?:\.\d)?)?(?:\s+(?:opus|sonnet|haiku))?|llama(?:[\s-]?\d(?:\.\d)?)?|mistral|mixtral|gemini|gemma|palm\s?2?|bert|roberta|distilbert|t5|falcon|qwen|deepseek|phi-?\d|yolo(?:v?\d+)?|resnet-?\d*|xgboost|lightgbm|catboost|stable\s+diffusion|whisper|llava|(?:an?\s+)?(?:llm|large\s+language\s+model|transformer|neural\s+network|deep\s+learning\s+model|foundation\s+model))\b";

    private const string Choose =
        @"\b(?:use|using|uses|fine-?tun(?:e|ed|es|ing)|train(?:s|ing)?|deploy(?:s|ing)?|build(?:ing)?\s+on|built\s+on|leverag(?:e|es|ing)|apply(?:ing)?|implement(?:ing)?|adopt(?:ing)?|start\s+with|based\s+on|powered\s+by|plug\s+in|integrat(?:e|ing)|go\s+with|choose|chosen|pick|picked|select|selected|recommend(?:ing)?)\b";

    private static readonly Regex ModelChoice = Compile(Any(
        Near(Unnegated(Choose), ModelName, 3),
        ModelName + @"[\s-]+(?:based|powered)\b",
        Near(ModelName, @"(?:will|would|can|shall)\s+(?:be\s+)?(?:used|fine-?tuned|deployed|trained|applied|the\s+(?:model|choice|backbone|engine))\b", 2),
        @"\b(?:our|the)\s+(?:choice|model|approach|solution|stack)\s+(?:is|will\s+be)\s+" + Gap(2) + ModelName));

    private static readonly Regex DataMention = Compile(
        @"\b(?:data(?:sets?|bases?)?|corpus|corpora|labels?|label(?:l)?(?:ed|ing)|annotat\w*|samples?|examples|ground[\s-]truth|records|documents|historical|schemas?|sources?|invoices|tickets|logs|transactions|images|emails|files)\b");

    public static IEnumerable<Finding> Find(BriefQuestionnaire questionnaire, BriefAnswerSheet answers)
    {
        var approach = ApproachQuestions.Select(id => (Id: id, Text: answers.Find(id))).Where(answer => answer.Text is not null).ToList();
        if (approach.Any(answer => Finds(DataMention, MatchingText.Fold(answer.Text!))))
        {
            return [];
        }
        var (explanation, source) = FlagDescription.Of(RedFlagKind.ModelBeforeData);
        return
        [
            .. from answer in approach
               from sentence in Sentences.Of(answer.Text!)
               where sentence.Windows().Any(window => StartsIn(ModelChoice, sentence.Folded, window))
               select new Finding(new RedFlag(RedFlagKind.ModelBeforeData, answer.Id, sentence.Quote, explanation, source),
                   RedFlagDetector.OrderOf(questionnaire, answer.Id), sentence.Start),
        ];
    }
}

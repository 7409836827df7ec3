namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// One question of a questionnaire version. Its id is stable across versions while its meaning is unchanged.
/// <see cref="Options"/> apply to choice questions; <see cref="Minimum"/> and <see cref="Maximum"/> to scales and numbers.
/// </summary>
public sealed record Question(string Id, QuestionGroup Group, string Prompt, QuestionKind Kind, bool Required)
{
    /// <summary>The most a free-text answer may hold, in UTF-8 bytes (10 kB).</summary>
    public const int MaxTextBytes = 10 * 1024;

    public IReadOnlyList<AnswerOption> Options { get; private init; } = [];

    public decimal? Minimum { get; private init; }

    public decimal? Maximum { get; private init; }

    public static Question Scale(string id, QuestionGroup group, string prompt) =>
        new(id, group, prompt, QuestionKind.Scale, Required: true) { Minimum = 1, Maximum = 5 };

    public static Question YesNo(string id, QuestionGroup group, string prompt) =>
        new(id, group, prompt, QuestionKind.YesNo, Required: true);

    public static Question SingleChoice<TEnum>(string id, QuestionGroup group, string prompt, params (TEnum Value, string Label)[] options)
        where TEnum : struct, Enum =>
        new(id, group, prompt, QuestionKind.SingleChoice, Required: true) { Options = OptionsOf(options) };

    public static Question MultipleChoice<TEnum>(string id, QuestionGroup group, string prompt, params (TEnum Value, string Label)[] options)
        where TEnum : struct, Enum =>
        new(id, group, prompt, QuestionKind.MultipleChoice, Required: true) { Options = OptionsOf(options) };

    public static Question FreeText(string id, QuestionGroup group, string prompt) =>
        new(id, group, prompt, QuestionKind.FreeText, Required: false);

    public static Question Number(string id, QuestionGroup group, string prompt, decimal minimum, decimal maximum) =>
        new(id, group, prompt, QuestionKind.Number, Required: true) { Minimum = minimum, Maximum = maximum };

    internal bool HasOption(string optionId) => Options.Any(option => option.Id == optionId);

    private static AnswerOption[] OptionsOf<TEnum>((TEnum Value, string Label)[] options) where TEnum : struct, Enum =>
        [.. options.Select(option => AnswerOption.For(option.Value, option.Label))];
}

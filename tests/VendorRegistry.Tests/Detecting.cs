using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;

namespace OutsourcingPortal.VendorRegistry.Tests;

/// <summary>Runs red-flag detection the way the tests ask about it.</summary>
internal static class Detecting
{
    public static readonly DateOnly EvaluatedOn = new(2026, 3, 2);

    public static IReadOnlyList<RedFlag> Detect(
        ResponseBuilder? response = null, VendorBuilder? vendor = null, IReadOnlyList<Regulation>? regulations = null, DateOnly? evaluatedOn = null) =>
        RedFlagDetector.Detect(new RedFlagInput(
            (response ?? new ResponseBuilder()).Build(),
            (vendor ?? new VendorBuilder()).Build(),
            regulations ?? [],
            evaluatedOn ?? EvaluatedOn));

    /// <summary>The flags of the clean response with one answer replaced.</summary>
    public static IReadOnlyList<RedFlag> DetectIn(string questionId, string answer) => Detect(new ResponseBuilder().With(questionId, answer));

    /// <summary>
    /// The flags of the clean response with <paramref name="sentence"/> set between two harmless sentences of one
    /// answer, so a test also proves the flag quotes that sentence alone.
    /// </summary>
    public static IReadOnlyList<RedFlag> DetectSentence(string questionId, string sentence) =>
        DetectIn(questionId, $"Thank you for the brief. {sentence}\nWe look forward to the next step.");

    public static IReadOnlyList<RedFlagKind> Kinds(this IEnumerable<RedFlag> flags) => [.. flags.Select(flag => flag.Kind)];

    public static IReadOnlyList<RedFlag> Of(this IEnumerable<RedFlag> flags, RedFlagKind kind) => [.. flags.Where(flag => flag.Kind == kind)];

    /// <summary>Asserts that the sentence raised exactly one flag, of this kind, quoting it in the named answer.</summary>
    public static RedFlag AssertSingleFlag(IReadOnlyList<RedFlag> flags, RedFlagKind kind, string questionId, string sentence)
    {
        var flag = Assert.Single(flags);
        Assert.Equal(kind, flag.Kind);
        Assert.Equal(questionId, flag.QuestionId);
        Assert.Equal(sentence, flag.Quote);
        return flag;
    }
}

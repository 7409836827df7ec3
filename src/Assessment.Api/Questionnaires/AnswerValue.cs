using System.Text.Json.Serialization;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// One answer as given: a number (scales and numbers), yes or no, a text (free text, and the option id of a single
/// choice) or a list of option ids (multiple choice). On the wire it is the plain JSON value: <c>4</c>, <c>true</c>,
/// <c>"commodity"</c>, <c>["nlp", "llm"]</c>. Exactly one of the properties is set.
/// </summary>
[JsonConverter(typeof(AnswerValueJsonConverter))]
public sealed record AnswerValue
{
    private AnswerValue()
    {
    }

    public decimal? Number { get; private init; }

    public bool? YesNo { get; private init; }

    public string? Text { get; private init; }

    public IReadOnlyList<string>? OptionIds { get; private init; }

    public static AnswerValue Of(decimal number) => new() { Number = number };

    public static AnswerValue Of(bool yesNo) => new() { YesNo = yesNo };

    public static AnswerValue Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new() { Text = text };
    }

    public static AnswerValue Of(IEnumerable<string> optionIds)
    {
        ArgumentNullException.ThrowIfNull(optionIds);
        return new() { OptionIds = [.. optionIds] };
    }

    // Two answers listing the same option ids are the same answer, not two different lists.
    public bool Equals(AnswerValue? other) =>
        other is not null && Number == other.Number && YesNo == other.YesNo && Text == other.Text &&
        SameOptionIds(OptionIds, other.OptionIds);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Number);
        hash.Add(YesNo);
        hash.Add(Text);
        foreach (var optionId in OptionIds ?? [])
        {
            hash.Add(optionId);
        }
        return hash.ToHashCode();
    }

    private static bool SameOptionIds(IReadOnlyList<string>? left, IReadOnlyList<string>? right) =>
        left is null || right is null ? left == right : left.SequenceEqual(right);
}

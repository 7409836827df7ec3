namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// Cuts a text into the sentences a red flag quotes: at a line break, or at <c>. ! ? …</c> followed by a space or the
/// end, except after an abbreviation or an initial (<c>e.g.</c>, <c>U.S.</c>), where a flag would otherwise quote half a
/// sentence. Decimal points never end a sentence. List bullets and surrounding spaces are not part of the quote.
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "approx", "cf", "dr", "esp", "etc", "fig", "incl", "inc", "ltd", "mr", "mrs", "ms", "nr", "prof", "resp", "vs",
    };

    public static IEnumerable<Sentence> Of(string text)
    {
        var folded = MatchingText.Fold(text);
        var start = 0;
        for (var index = 0; index < folded.Length; index++)
        {
            if (EndsAt(folded, index))
            {
                if (Trimmed(text, folded, start, index + 1) is { } sentence)
                {
                    yield return sentence;
                }
                start = index + 1;
            }
        }
        if (Trimmed(text, folded, start, folded.Length) is { } last)
        {
            yield return last;
        }
    }

    private static bool EndsAt(string folded, int index) => folded[index] switch
    {
        '\n' or '\r' => true,
        '.' or '!' or '?' or '\u2026' => (index + 1 == folded.Length || char.IsWhiteSpace(folded[index + 1])) && !AfterAbbreviation(folded, index),
        _ => false,
    };

    private static bool AfterAbbreviation(string folded, int dot)
    {
        if (folded[dot] != '.')
        {
            return false;
        }
        var start = dot;
        while (start > 0 && char.IsLetter(folded[start - 1]))
        {
            start--;
        }
        var word = folded[start..dot];
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    private static Sentence? Trimmed(string text, string folded, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(folded[start]) || folded[start] is '-' or '*' or '\u2022' or '\u00B7'))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(folded[end - 1]))
        {
            end--;
        }
        return end > start ? new Sentence(start, text[start..end], folded[start..end]) : null;
    }
}

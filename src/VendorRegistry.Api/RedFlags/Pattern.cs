using System.Text.RegularExpressions;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// The vocabulary red-flag patterns are written in. Patterns run on untrusted text (up to 10 000 characters an answer),
/// so every gap between words is bounded, every regex is compiled with a timeout, and a sentence that still takes
/// too long counts as not matching rather than failing the whole detection.
/// </summary>
internal static class Pattern
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    /// <summary>Between the words of one clause: spaces, commas, colons, quotes, brackets and slashes; not <c>;</c>.</summary>
    public const string Sep = @"[\s,:""()/]+";

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant |
        RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace | RegexOptions.Singleline;

    // A word as vendors write it: letters, digits, apostrophes and hyphens ("don't", "end-to-end").
    private const string Word = @"[\w'-]+";

    // A word that turns the statement around; "no matter" and "no doubt" do not.
    private const string Negation =
        @"(?:not|never|no(?!\s+(?:matter|doubt)\b)|nor|neither|none|cannot|without|avoid\w*|refus\w*|rather|instead|unlike|\w*n't)\b";

    /// <summary>
    /// Holds where no negation stands up to three words before, within the clause: "we do not, at this stage,
    /// guarantee" and "no vendor can honestly promise" are negated; "no doubt: we guarantee" is not.
    /// </summary>
    public static readonly string NotNegated = $@"(?<!\b{Negation}[\s,""()]+(?:{Word}[\s,""()]+){{0,3}})";

    /// <summary>Up to this many words, none of them a negation, each followed by a separator.</summary>
    public static string Gap(int words) => $@"(?:(?!{Negation}){Word}{Sep}){{0,{words}}}?";

    /// <summary>The first, then up to this many words, then the second.</summary>
    public static string Near(string first, string second, int words) => $"(?:{first}){Sep}{Gap(words)}(?:{second})";

    /// <summary>Any one of the alternatives.</summary>
    public static string Any(params string[] alternatives) => $"(?:{string.Join('|', alternatives)})";

    /// <summary>Every one of the parts, anywhere in the sentence, in any order.</summary>
    public static string All(params string[] parts) => $@"\A{string.Concat(parts.Select(part => $"(?=.*?{part})"))}";

    public static Regex Compile(string pattern) => new(pattern, Options, Timeout);

    /// <summary>Whether the regex finds a match; a match that runs out of time is no match.</summary>
    public static bool Finds(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}

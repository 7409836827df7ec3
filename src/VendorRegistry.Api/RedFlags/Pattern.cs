using System.Text.RegularExpressions;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// The vocabulary red-flag patterns are written in. Patterns run on untrusted text (up to 10 000 characters an answer),
/// so every gap between words is bounded, they run on bounded windows of a sentence (<see cref="Sentence.Windows"/>),
/// and every regex is compiled with a timeout as a backstop: a window that still takes too long counts as not matching
/// rather than failing the whole detection.
/// </summary>
internal static class Pattern
{
    /// <summary>A window takes milliseconds; a match still running after this is a runaway (see <see cref="Matching{T}"/>).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Between the words of one clause: spaces, commas, colons, quotes, brackets and slashes; not <c>;</c>. Bounded, like
    /// <see cref="Word"/>, so a long run of either costs a few steps. Not atomic: with atomic groups inside look-behinds,
    /// .NET 10's compiled regexes threw <see cref="IndexOutOfRangeException"/> on some of these patterns.
    /// </summary>
    public const string Sep = @"[\s,:""()/]{1,10}";

    private const RegexOptions Options =
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A word as vendors write it: letters, digits, apostrophes and hyphens ("don't", "end-to-end").
    private const string Word = @"[\w'-]{1,40}";

    // Between the words of a negated clause: no colon, so "no doubt: we guarantee" is not negated.
    private const string NegationSep = @"[\s,""()]{1,5}";

    // A word that turns the statement around; "no matter" and "no doubt" do not.
    private const string Negation =
        @"(?:not|never|no(?!\s+(?:matter|doubt)\b)|nor|neither|none|cannot|without|avoid\w{0,4}|refus\w{0,4}|rather|instead|unlike|\w{0,20}n't)\b";

    /// <summary>
    /// The trigger, where no negation stands up to three words before it within the clause: "we do not, at this stage,
    /// guarantee" and "no vendor can honestly promise" are negated; "no doubt: we guarantee" is not. The look back is
    /// bounded, and made only where the trigger stands, so other positions cost one failed look ahead.
    /// </summary>
    public static string Unnegated(string trigger) =>
        $@"(?=(?:{trigger}))(?<!\b{Negation}{NegationSep}(?:{Word}{NegationSep}){{0,3}})(?:{trigger})";

    /// <summary>Up to this many words, none of them a negation, each followed by a separator.</summary>
    public static string Gap(int words) => $@"(?:(?!{Negation}){Word}{Sep}){{0,{words}}}?";

    /// <summary>The first, then up to this many words, then the second.</summary>
    public static string Near(string first, string second, int words) => $"(?:{first}){Sep}{Gap(words)}(?:{second})";

    /// <summary>Any one of the alternatives.</summary>
    public static string Any(params string[] alternatives) => $"(?:{string.Join('|', alternatives)})";

    public static Regex Compile(string pattern) => new(pattern, Options, Timeout);

    /// <summary>Whether the regex finds a match that starts in the window; a runaway match is no match.</summary>
    public static bool StartsIn(Regex regex, string text, Window window) => Matching(() =>
    {
        for (var match = regex.Match(text, window.Context, window.End - window.Context); match.Success; match = match.NextMatch())
        {
            if (match.Index >= window.Start)
            {
                return true;
            }
        }
        return false;
    }, runaway: false);

    /// <summary>Whether the regex finds a match anywhere in the window, its context included.</summary>
    public static bool OccursIn(Regex regex, string text, Window window) =>
        Matching(() => regex.Match(text, window.Context, window.End - window.Context).Success, runaway: false);

    /// <summary>Whether the regex finds a match in the text; a runaway match is no match.</summary>
    public static bool Finds(Regex regex, string text) => Matching(() => regex.IsMatch(text), runaway: false);

    /// <summary>
    /// Runs a match, once more if it times out: the first match of a compiled regex also compiles it to machine code,
    /// which on a busy machine alone can take longer than the timeout. A second timeout is a runaway match and gives
    /// <paramref name="runaway"/>, so one hostile sentence cannot fail the whole detection.
    /// </summary>
    private static T Matching<T>(Func<T> match, T runaway)
    {
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException)
        {
            try
            {
                return match();
            }
            catch (RegexMatchTimeoutException)
            {
                return runaway;
            }
        }
    }
}

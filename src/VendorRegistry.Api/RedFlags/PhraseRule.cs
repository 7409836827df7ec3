using System.Text.RegularExpressions;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// A sentence in which every one of <see cref="Patterns"/> starts within one window, and <see cref="Unless"/> does not
/// occur there, raises a flag of <see cref="Kind"/>. <see cref="OnlyIn"/> limits it to some questions (null: every
/// answer); <see cref="ReadsTrackRecord"/> also runs it on the profile's track-record text. Questions are never
/// matched: asking is not promising.
/// </summary>
internal sealed record PhraseRule(RedFlagKind Kind, IReadOnlyList<Regex> Patterns, Regex? Unless = null)
{
    public IReadOnlySet<string>? OnlyIn { get; init; }

    public bool ReadsTrackRecord { get; init; }

    public bool AppliesTo(string questionId) => OnlyIn is null || OnlyIn.Contains(questionId);

    public bool Matches(Sentence sentence) =>
        !sentence.IsQuestion && sentence.Windows().Any(window =>
            Patterns.All(pattern => Pattern.StartsIn(pattern, sentence.Folded, window)) &&
            (Unless is null || !Pattern.OccursIn(Unless, sentence.Folded, window)));
}

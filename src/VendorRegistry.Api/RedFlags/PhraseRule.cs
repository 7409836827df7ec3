using System.Text.RegularExpressions;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// A sentence that matches <see cref="Pattern"/> and not <see cref="Unless"/> raises a flag of <see cref="Kind"/>.
/// <see cref="OnlyIn"/> limits it to some questions (null: every answer); <see cref="ReadsTrackRecord"/> also runs it
/// on the profile's track-record text. Questions are never matched: asking is not promising.
/// </summary>
internal sealed record PhraseRule(RedFlagKind Kind, Regex Pattern, Regex? Unless = null)
{
    public IReadOnlySet<string>? OnlyIn { get; init; }

    public bool ReadsTrackRecord { get; init; }

    public bool AppliesTo(string questionId) => OnlyIn is null || OnlyIn.Contains(questionId);

    public bool Matches(Sentence sentence) =>
        !sentence.IsQuestion && RedFlags.Pattern.Finds(Pattern, sentence.Folded) &&
        (Unless is null || !RedFlags.Pattern.Finds(Unless, sentence.Folded));
}

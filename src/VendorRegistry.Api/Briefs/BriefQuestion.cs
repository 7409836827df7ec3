namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// One question every invited vendor answers in free text. Its id is stable across questionnaire versions while its
/// meaning is unchanged, so answers, red flags and scores can point at it.
/// </summary>
public sealed record BriefQuestion(string Id, BriefArea Area, string Prompt, bool Required)
{
    /// <summary>
    /// The most an answer may hold by default, in UTF-16 characters: what a browser's <c>maxlength</c> and
    /// <c>StringLength</c> count, so the portal's limit and this one agree to the character.
    /// </summary>
    public const int DefaultMaxLength = 10_000;

    public int MaxLength { get; init; } = DefaultMaxLength;
}

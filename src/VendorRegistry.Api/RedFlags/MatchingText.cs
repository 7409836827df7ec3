namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// Folds the characters people type in several ways onto one, so a pattern written once matches them all: typographic
/// apostrophes and quotes, dashes and minus signs, every kind of space, full-width and small forms (<c>９５％</c>) and
/// the Arabic percent sign. Each character maps to exactly one, so a match's position is its position in the original
/// text and the quote can be cut from what the vendor wrote.
/// </summary>
internal static class MatchingText
{
    public static string Fold(string text) => string.Create(text.Length, text, static (folded, original) =>
    {
        for (var index = 0; index < original.Length; index++)
        {
            folded[index] = Fold(original[index]);
        }
    });

    private static char Fold(char character) => character switch
    {
        < '\u0080' => character,
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE63' => '-',
        '\u066A' or '\uFE6A' => '%',
        // Full-width ASCII (U+FF01–U+FF5E) sits at a fixed offset from ASCII.
        >= '\uFF01' and <= '\uFF5E' => (char)(character - 0xFEE0),
        _ when char.IsWhiteSpace(character) => ' ',
        _ => character,
    };
}

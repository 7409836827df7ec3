namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>A sentence of a text: where it starts, the vendor's exact words, and the folded form patterns are matched against.</summary>
internal sealed record Sentence(int Start, string Quote, string Folded)
{
    /// <summary>Longer than any phrase a rule looks for.</summary>
    private const int WindowLength = 600;

    private const int WindowStep = WindowLength / 2;

    /// <summary>Room for the three words before a phrase that may negate it.</summary>
    private const int ContextLength = 200;

    /// <summary>A question commits to nothing: "Do you need 95% accuracy?" is not a promise of it.</summary>
    public bool IsQuestion => Folded.EndsWith('?');

    /// <summary>
    /// The sentence in windows cut between words, each overlapping the next by half, so every phrase starts in one with
    /// room to finish, and each with the words before it as context. A backtracking regex can cost the square of its
    /// input; windows keep that cost fixed per window, and so linear in the length of an answer however it is
    /// punctuated. A sentence of ordinary length is one window.
    /// </summary>
    public IEnumerable<Window> Windows()
    {
        var start = 0;
        while (true)
        {
            var end = start + WindowLength >= Folded.Length ? Folded.Length : WordEndBefore(start + WindowLength, start + WindowStep);
            yield return new Window(WordStartAfter(Math.Max(0, start - ContextLength), start), start, end);
            if (end == Folded.Length)
            {
                yield break;
            }
            start = WordStartAfter(start + WindowStep, end);
        }
    }

    // Folded text has ' ' for every kind of space. Without a space to cut at, the cut falls inside a word.
    private int WordEndBefore(int limit, int earliest)
    {
        var space = Folded.LastIndexOf(' ', limit - 1, limit - earliest);
        return space > earliest ? space : limit;
    }

    private int WordStartAfter(int from, int before)
    {
        if (from == 0 || from >= before)
        {
            return from;
        }
        var space = Folded.IndexOf(' ', from, before - from);
        return space < 0 ? from : space + 1;
    }
}

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>A sentence of a text: where it starts, the vendor's exact words, and the folded form patterns are matched against.</summary>
internal sealed record Sentence(int Start, string Quote, string Folded)
{
    /// <summary>A question commits to nothing: "Do you need 95% accuracy?" is not a promise of it.</summary>
    public bool IsQuestion => Folded.EndsWith('?');
}

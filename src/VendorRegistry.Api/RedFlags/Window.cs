namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// A stretch of a sentence a pattern is matched in: a match must start between <see cref="Start"/> and
/// <see cref="End"/>, and may look back to <see cref="Context"/> for a negation ("we do not | guarantee").
/// </summary>
internal readonly record struct Window(int Context, int Start, int End);

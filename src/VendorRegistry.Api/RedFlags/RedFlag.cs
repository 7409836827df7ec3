using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// A warning sign found in a vendor's response or profile, always shown to evaluators. <see cref="QuestionId"/> is
/// the answer it was found in, or <see cref="Profile"/>. <see cref="Quote"/> is the exact sentence that triggered it;
/// for a profile fact, that fact as the profile states it; empty when an unanswered question triggered it.
/// <see cref="Source"/> cites the articles (<c>[001]</c>) the warning comes from.
/// </summary>
public sealed record RedFlag(RedFlagKind Kind, string QuestionId, string Quote, string Explanation, string Source)
{
    /// <summary>The <see cref="QuestionId"/> of a flag raised by the vendor profile rather than an answer.</summary>
    public const string Profile = ResponseRedFlag.Profile;
}

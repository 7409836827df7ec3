namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A red flag of a submitted response as evaluators see it: <see cref="Key"/> (kind and question, <c>guaranteed-accuracy:pilot-proposal</c>)
/// stays the same however often detection runs, so a dismissal keeps applying to it; <see cref="Dismissal"/> is null while it counts.
/// </summary>
public sealed record ResponseRedFlag(
    string Key,
    RedFlagKind Kind,
    string QuestionId,
    string Quote,
    string Explanation,
    string Source,
    RedFlagDismissal? Dismissal)
{
    /// <summary>The <see cref="QuestionId"/> of a flag raised by the vendor's profile rather than by an answer.</summary>
    public const string Profile = "profile";
}

using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// What a client should reconsider before and while a brief collects answers. domain.md §2 [002]: share the same brief
/// with three to five vendors. Outside that range the portal warns and lets the client decide.
/// </summary>
public static class BriefAdvice
{
    public const int FewestVendors = 3;
    public const int MostVendors = 5;

    public static IReadOnlyList<string> Warnings(BriefStatus status, int invitedVendors) =>
        status is BriefStatus.Evaluating or BriefStatus.Awarded ? []
        : invitedVendors < FewestVendors ? [$"{Invited(invitedVendors)}: brief three to five vendors, so the answers can be compared [002]."]
        : invitedVendors > MostVendors ? [$"{Invited(invitedVendors)}: more than five costs every vendor and evaluator time without a better choice [002]."]
        : [];

    private static string Invited(int count) => count switch
    {
        0 => "No vendor is invited yet",
        1 => "Only one vendor is invited",
        _ => $"{count} vendors are invited",
    };
}

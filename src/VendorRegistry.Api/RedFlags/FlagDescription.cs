using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>What each phrase-detected kind of flag means for the evaluator, and the articles it comes from.</summary>
internal static class FlagDescription
{
    public static (string Explanation, string Source) Of(RedFlagKind kind) => kind switch
    {
        RedFlagKind.GuaranteedAccuracy => (
            "Promises a model metric before seeing the data, a sign of inexperience or overpromising; anchor milestones on process and delivery, not on fixed accuracy targets.",
            "[001]"),
        RedFlagKind.UndisclosedTeam => (
            "Does not say who will do the work, or lets people rotate; changing people means repeated onboarding and lost context. Ask for named members and their time commitment.",
            "[001]"),
        RedFlagKind.NoProductionHistory => (
            "A track record of research or proofs of concept without systems still running in production is a significant risk.",
            "[001][002]"),
        RedFlagKind.RigidFixedPrice => (
            "A rigid fixed price for uncertain AI work leads to disputes when real data and changing requirements arise; ask for an explicit way to handle scope changes.",
            "[001][002]"),
        RedFlagKind.BroadVendorIp => (
            "Broad vendor-owned categories such as proprietary tools, general methodologies or reusable components can overlap with deliverables you paid for; define what is vendor-owned, client-owned and licensed.",
            "[001][002]"),
        RedFlagKind.NoDataRetentionPolicy => (
            "No data retention and deletion policy for your data after the engagement; it has to be written into the contract.",
            "[001][002]"),
        RedFlagKind.ModelBeforeData => (
            "Names a model without asking about or mentioning your data; teams that jump straight to model selection have not deployed enough systems to production.",
            "[002]"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Certification flags explain themselves with the regulation and the dates."),
    };
}

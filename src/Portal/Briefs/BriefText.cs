using System.Globalization;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>How briefs, responses and their fixed vocabularies read on the pages.</summary>
public static class BriefText
{
    /// <summary>The regulations the vendor registry knows, by id, as a client names them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Regulations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gdpr"] = "GDPR",
        ["ccpa"] = "CCPA",
        ["hipaa"] = "HIPAA",
        ["pci-dss"] = "PCI DSS",
        ["financial-services"] = "Financial services regulation",
        ["us-federal"] = "US federal (FedRAMP)",
        ["eu-ai-act"] = "EU AI Act",
        ["other"] = "Other",
    };

    /// <summary>The engagement models a brief may ask for, by id.</summary>
    public static readonly IReadOnlyDictionary<string, string> EngagementModels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["staff-augmentation"] = "Staff augmentation",
        ["dedicated-team"] = "Dedicated team",
        ["project-based"] = "Project-based",
        ["managed-service"] = "Managed service",
    };

    private static readonly Dictionary<string, string> Areas = new(StringComparer.Ordinal)
    {
        ["problem-definition"] = "Problem definition",
        ["delivery-experience"] = "Delivery experience",
        ["data-security"] = "Data security",
        ["evaluation-and-testing"] = "Evaluation and testing",
        ["engineering-breadth"] = "Engineering breadth",
        ["ownership"] = "Ownership",
        ["pilot-structure"] = "Pilot structure",
        ["technical-due-diligence"] = "Technical due diligence",
        ["process-and-team"] = "Process and team",
        ["security"] = "Security",
        ["intellectual-property"] = "Intellectual property",
        ["pricing"] = "Pricing",
        ["pilot-proposal"] = "Pilot proposal",
    };

    public static string Status(BriefStatus status) => status switch
    {
        BriefStatus.Draft => "Draft: not yet issued",
        BriefStatus.Open => "Open for answers",
        BriefStatus.Evaluating => "Evaluating: the deadline has passed",
        _ => "Awarded",
    };

    public static string Status(ResponseStatus? status) => status switch
    {
        ResponseStatus.Submitted => "Submitted",
        ResponseStatus.Draft => "Draft saved",
        _ => "Not started",
    };

    public static string Area(string area) => Areas.GetValueOrDefault(area, area);

    public static string Regulation(string regulation) => Regulations.GetValueOrDefault(regulation, regulation);

    public static string EngagementModel(string? model) =>
        model is null ? "Not specified" : EngagementModels.GetValueOrDefault(model, model);

    public static string RegulationList(IReadOnlyList<string> regulations) =>
        regulations.Count == 0 ? "None named" : string.Join(", ", regulations.Select(Regulation));

    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

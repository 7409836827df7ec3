using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>What a brief's text must hold beyond its lengths: known regulations and engagement model, a future deadline.</summary>
public static class BriefRequestRules
{
    public static Dictionary<string, string[]> Validate(BriefRequest request, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Deadline is { } deadline && deadline <= now)
        {
            errors["deadline"] = ["The deadline must be in the future."];
        }
        foreach (var (regulation, index) in (request.Regulations ?? []).Select((regulation, index) => (regulation, index)))
        {
            if (!KebabCaseEnum.TryParse<Regulation>(regulation?.Trim() ?? "", out _))
            {
                errors[$"regulations[{index}]"] = [$"'{regulation}' is not a regulation the portal knows: {string.Join(", ", KebabCaseEnum.Names<Regulation>())}."];
            }
        }
        if (!string.IsNullOrWhiteSpace(request.EngagementModel) && !KebabCaseEnum.TryParse<EngagementModel>(request.EngagementModel.Trim(), out _))
        {
            errors["engagementModel"] = [$"'{request.EngagementModel}' is not an engagement model: {string.Join(", ", KebabCaseEnum.Names<EngagementModel>())}."];
        }
        return errors;
    }
}

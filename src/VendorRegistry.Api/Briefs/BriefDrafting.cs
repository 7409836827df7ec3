using System.Globalization;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// Writes a brief from the client's request and, when it names one, the assessed initiative it comes from: what the
/// request leaves out, the initiative supplies (domain.md §2: the brief is created from an assessed initiative).
/// </summary>
public static class BriefDrafting
{
    public static BriefResponse NewDraft(
        Guid id, BriefRequest request, AssessedInitiativeResponse? initiative, IReadOnlyList<BriefCriterion> criteria, DateTimeOffset now) =>
        new(id, request.Title.Trim(), request.Summary.Trim(), BriefStatus.Draft, request.Deadline!.Value.ToUniversalTime(), InvitedVendors: 0,
            initiative?.Id, Text(request.UseCase) ?? initiative?.UseCase ?? "", Text(request.Constraints) ?? ConstraintsOf(initiative),
            Regulations(request.Regulations) ?? initiative?.Regulations ?? [], Text(request.EngagementModel) ?? initiative?.EngagementModel,
            BriefQuestionnaire.Current.Version, criteria, BriefAdvice.Warnings(BriefStatus.Draft, 0), IssuedAt: null, Award: null, now, now);

    /// <summary>The draft with the request's text; the initiative and the scoring criteria stay as written.</summary>
    public static BriefResponse Edit(BriefResponse draft, BriefRequest request, DateTimeOffset now) =>
        draft with
        {
            Title = request.Title.Trim(),
            Summary = request.Summary.Trim(),
            Deadline = request.Deadline!.Value.ToUniversalTime(),
            UseCase = Text(request.UseCase) ?? "",
            Constraints = Text(request.Constraints) ?? "",
            Regulations = Regulations(request.Regulations) ?? [],
            EngagementModel = Text(request.EngagementModel),
            UpdatedAt = now,
        };

    /// <summary>The initiative's budget, deadline, success metric and data sensitivity, as a vendor should read them.</summary>
    public static string ConstraintsOf(AssessedInitiativeResponse? initiative)
    {
        if (initiative is null)
        {
            return "";
        }
        var lines = new List<string>();
        if (initiative.Budget is { } budget)
        {
            lines.Add($"Budget: {budget.ToString("N0", CultureInfo.InvariantCulture)}.");
        }
        if (initiative.Deadline is { } deadline)
        {
            lines.Add($"Needed by {deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.");
        }
        if (initiative.SuccessMetric is { Length: > 0 } metric)
        {
            lines.Add($"Success is measured by: {metric}");
        }
        if (initiative.DataSensitivity is { Length: > 0 } sensitivity)
        {
            lines.Add($"Data sensitivity: {sensitivity.Replace('-', ' ')}.");
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IReadOnlyList<string>? Regulations(IReadOnlyList<string>? regulations) =>
        regulations is null ? null : [.. regulations.Select(regulation => regulation.Trim()).Distinct(StringComparer.Ordinal)];
}

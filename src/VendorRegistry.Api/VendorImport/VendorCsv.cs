using System.Globalization;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>
/// Vendor profiles as CSV rows, the same for export and import: one column per profile field, named as in the JSON.
/// Lists are separated by <c>;</c> (<c>nlp;llm-genai</c>); a rate card line is <c>seniority|rate|currency</c>
/// (<c>senior|70|USD</c>) and a team member <c>name|role|years</c>; yes/no columns are <c>true</c> or <c>false</c>
/// (empty is false). Only <c>id</c> (the vendor organization's id) and <c>name</c> are required.
/// </summary>
public static class VendorCsv
{
    public const string Id = VendorCsvColumns.Id;
    public const string Name = VendorCsvColumns.Name;

    public static readonly IReadOnlyList<string> Columns = VendorCsvColumns.All;

    private const char ListSeparator = ';';
    private const char PartSeparator = '|';

    /// <summary>What is wrong with a header row: required columns missing, unknown or repeated ones.</summary>
    public static List<string> HeaderErrors(IReadOnlyList<string> header)
    {
        var errors = new List<string>();
        errors.AddRange(new[] { Id, Name }.Where(required => !header.Contains(required)).Select(missing => $"The column {missing} is required."));
        errors.AddRange(header.Where(column => !Columns.Contains(column)).Select(unknown =>
            $"Unknown column '{unknown}'; the columns are {string.Join(", ", Columns)}."));
        errors.AddRange(header.GroupBy(column => column).Where(group => group.Count() > 1).Select(group => $"The column {group.Key} appears twice."));
        return errors;
    }

    public static string?[] ToCells(VendorResponse vendor) =>
    [
        vendor.Id.ToString(), vendor.Name, vendor.Website, List(vendor.Capabilities), List(vendor.Verticals), List(vendor.Regions),
        string.Join(ListSeparator, vendor.TimeZones), List(vendor.EngagementModels),
        string.Join(ListSeparator, vendor.RateCard.Select(entry =>
            string.Join(PartSeparator, KebabCaseEnum.ToText(entry.Seniority), entry.HourlyRate.ToString(CultureInfo.InvariantCulture), entry.Currency))),
        vendor.ModelsInProduction?.ToString(CultureInfo.InvariantCulture), vendor.TrackRecord,
        string.Join(ListSeparator, vendor.TeamMembers.Select(member =>
            string.Join(PartSeparator, member.Name, member.Role, member.YearsWithVendor.ToString(CultureInfo.InvariantCulture)))),
        vendor.RetentionPercent?.ToString(CultureInfo.InvariantCulture), Flag(vendor.Security.EncryptionInTransit),
        Flag(vendor.Security.EncryptionAtRest), Flag(vendor.Security.AccessControlAndAuditLogs), vendor.Security.DataResidency,
        Flag(vendor.Security.Gdpr), Flag(vendor.Security.Ccpa), Flag(vendor.Security.Hipaa), vendor.AiAssistantUsage,
    ];

    /// <summary>
    /// A data row as the vendor id and the profile it writes, with what could not be read, by column (left out of the
    /// profile). Rules of the profile itself (lengths, ranges) are checked afterwards, as for <c>PUT /vendors/{id}</c>.
    /// </summary>
    public static (Guid Id, VendorProfileRequest Request, List<(string Column, string Message)> Errors) Parse(IReadOnlyDictionary<string, string> cells)
    {
        var row = new CellReader(cells);
        var id = row.Read(Id, text => Guid.TryParse(text, out var value) ? value : (Guid?)null, "a vendor organization id (a UUID)");
        if (id is null && row.Errors.All(error => error.Column != Id))
        {
            row.Errors.Add((Id, "The vendor organization id is required."));
        }
        var request = new VendorProfileRequest(
            Name: row.Text(Name) ?? "",
            Website: row.Text("website"),
            Capabilities: row.Enums<VendorCapability>("capabilities"),
            Verticals: row.Enums<Vertical>("verticals"),
            Regions: row.Enums<DeliveryRegion>("regions"),
            TimeZones: row.List("timeZones", text => text, "a time zone"),
            RateCard: row.List("rateCard", RateCardEntryOf, "seniority|rate|currency, such as senior|70|USD"),
            EngagementModels: row.Enums<EngagementModel>("engagementModels"),
            ModelsInProduction: row.Read("modelsInProduction", text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : (int?)null, "a whole number"),
            TrackRecord: row.Text("trackRecord"),
            TeamMembers: row.List("teamMembers", TeamMemberOf, "name|role|years, such as Ana Silva|ML lead|4"),
            RetentionPercent: row.Read("retentionPercent", text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null, "a number from 0 to 100"),
            Security: new SecurityPractices(row.Flag("encryptionInTransit"), row.Flag("encryptionAtRest"), row.Flag("accessControlAndAuditLogs"),
                row.Text("dataResidency"), row.Flag("gdpr"), row.Flag("ccpa"), row.Flag("hipaa")),
            AiAssistantUsage: row.Text("aiAssistantUsage"));
        return (id ?? Guid.Empty, request, row.Errors);
    }

    private static RateCardEntry? RateCardEntryOf(string text) =>
        text.Split(PartSeparator) is [var seniority, var rate, var currency]
        && KebabCaseEnum.TryParse<Seniority>(seniority.Trim(), out var level)
        && decimal.TryParse(rate, NumberStyles.Number, CultureInfo.InvariantCulture, out var hourly)
            ? new RateCardEntry(level, hourly, currency.Trim())
            : null;

    private static TeamMember? TeamMemberOf(string text) =>
        text.Split(PartSeparator) is [var name, var role, var years]
        && int.TryParse(years, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? new TeamMember(name.Trim(), role.Trim(), count)
            : null;

    private static string List<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        string.Join(ListSeparator, values.Select(KebabCaseEnum.ToText));

    private static string Flag(bool value) => value ? "true" : "false";

    /// <summary>One row's cells, read column by column, collecting what cannot be read.</summary>
    private sealed class CellReader(IReadOnlyDictionary<string, string> cells)
    {
        public List<(string Column, string Message)> Errors { get; } = [];

        public string? Text(string column) => cells.TryGetValue(column, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

        public T? Read<T>(string column, Func<string, T?> parse, string expected) where T : struct
        {
            if (Text(column) is not { } text)
            {
                return null;
            }
            var value = parse(text);
            if (value is null)
            {
                Errors.Add((column, $"'{text}' is not {expected}."));
            }
            return value;
        }

        public bool Flag(string column) => Read(column, text => text switch { "true" => true, "false" => false, _ => (bool?)null }, "true or false") ?? false;

        public List<T> List<T>(string column, Func<string, T?> parse, string expected) where T : class
        {
            var values = new List<T>();
            foreach (var item in (Text(column) ?? "").Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (parse(item) is { } value)
                {
                    values.Add(value);
                }
                else
                {
                    Errors.Add((column, $"'{item}' is not {expected}."));
                }
            }
            return values;
        }

        public List<TEnum> Enums<TEnum>(string column) where TEnum : struct, Enum =>
            [.. List(column, text => KebabCaseEnum.TryParse<TEnum>(text, out _) ? text : null,
                $"one of {string.Join(", ", KebabCaseEnum.Names<TEnum>())}").Select(KebabCaseEnum.Parse<TEnum>)];
    }
}

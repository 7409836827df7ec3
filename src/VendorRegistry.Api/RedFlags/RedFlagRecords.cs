using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Responses;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>A response's red flags: detected afresh on every read from what is stored, with the dismissals evaluators recorded.</summary>
internal static class RedFlagRecords
{
    public const string DismissalObjectType = "red-flag-dismissal";

    /// <summary>
    /// Every flag of the response, as <see cref="RedFlagDetector"/> finds it today in the answers, the vendor's profile and
    /// the brief's regulations (names the domain does not know are left out), each with its dismissal if any.
    /// </summary>
    public static async Task<IReadOnlyList<ResponseRedFlag>> ReviewAsync(UnitOfWork work, ReviewedResponse reviewed, CancellationToken cancellationToken)
    {
        var (brief, response) = reviewed;
        var regulations = RegulationNames.Known(brief.Regulations);
        var answers = new BriefAnswerSheet(response.QuestionnaireVersion, response.Answers.ToDictionary(answer => answer.Key, answer => (string?)answer.Value));
        var vendor = await VendorFactsRecords.ForAsync(work, response.VendorId, cancellationToken);
        var flags = RedFlagDetector.Detect(new RedFlagInput(answers, vendor, regulations, DateOnly.FromDateTime(work.Now.UtcDateTime)));
        var dismissals = (await work.ListAsync(
            "select id, response_id, flag_key, reason, created_by, dismissed_by, created_at from red_flag_dismissals where response_id = $1",
            ReadDismissal, cancellationToken, response.Id)).ToDictionary(dismissal => dismissal.FlagKey);
        return [.. flags.Select(flag => View(flag, dismissals))];
    }

    /// <summary>Records the dismissal; false when the flag was dismissed already.</summary>
    public static async Task<bool> DismissAsync(UnitOfWork work, RedFlagDismissal dismissal, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into red_flag_dismissals (tenant_id, id, response_id, flag_key, reason, dismissed_by, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $6, $7)
            on conflict (response_id, flag_key) do nothing
            """,
            cancellationToken, dismissal.Id, dismissal.ResponseId, dismissal.FlagKey, dismissal.Reason, dismissal.DismissedBy,
            dismissal.DismissedAt, dismissal.DismissedById);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", DismissalObjectType, dismissal.Id, before: null, after: dismissal, cancellationToken);
        return true;
    }

    private static ResponseRedFlag View(RedFlag flag, Dictionary<string, RedFlagDismissal> dismissals)
    {
        var key = $"{KebabCaseEnum.ToText(flag.Kind)}:{flag.QuestionId}";
        return new(key, flag.Kind, flag.QuestionId, flag.Quote, flag.Explanation, flag.Source, dismissals.GetValueOrDefault(key));
    }

    private static RedFlagDismissal ReadDismissal(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.GetString(3), row.IsDBNull(4) ? null : row.GetGuid(4), row.GetString(5),
            row.GetFieldValue<DateTimeOffset>(6));
}

using System.Globalization;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>How scores and red flags read on the pages.</summary>
public static class ScoringText
{
    public static string Kind(RedFlagKind kind) => kind switch
    {
        RedFlagKind.GuaranteedAccuracy => "Accuracy guaranteed before seeing the data",
        RedFlagKind.UndisclosedTeam => "Team not disclosed",
        RedFlagKind.NoProductionHistory => "Nothing running in production",
        RedFlagKind.RigidFixedPrice => "Rigid fixed price for uncertain work",
        RedFlagKind.BroadVendorIp => "Broad vendor-owned IP",
        RedFlagKind.NoDataRetentionPolicy => "No data retention and deletion policy",
        RedFlagKind.ModelBeforeData => "Model chosen before asking about the data",
        RedFlagKind.MissingCertification => "Required certification missing",
        RedFlagKind.ExpiredCertification => "Required certification expired",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A red flag kind without words for it."),
    };

    /// <summary>The question the flag came from, as the questionnaire asks it, or the vendor's profile.</summary>
    public static string Origin(string questionId, BriefQuestionnaireView questionnaire) =>
        questionId == ResponseRedFlag.Profile
            ? "Vendor profile"
            : questionnaire.Questions.FirstOrDefault(question => question.Id == questionId)?.Prompt ?? questionId;

    /// <summary>A criterion's weight as the template writes it (only the ratios between weights matter).</summary>
    public static string Weight(decimal weight) => weight.ToString(CultureInfo.InvariantCulture);

    public static string Score(int? score) => score is { } given ? $"{given} of 5" : "Not scored";
}

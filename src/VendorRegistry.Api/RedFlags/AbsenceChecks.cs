using System.Text.RegularExpressions;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>The flags raised by what is missing rather than by what was written: a profile fact or an unanswered question.</summary>
internal static class AbsenceChecks
{
    private static readonly Regex Placeholder = Pattern.Compile(
        @"\A[\s""'(]*(?:n/?a|none|nil|nothing|tb[dca]|to\s+be\s+(?:defined|determined|agreed|confirmed|discussed)|not\s+applicable|not\s+(?:yet\s+)?defined|-+|\.+|\?+)[\s"".!)]*\z");

    public static IEnumerable<Finding> Find(BriefQuestionnaire questionnaire, BriefAnswerSheet answers, VendorFacts vendor)
    {
        if (vendor.ProductionModelCount == 0)
        {
            yield return Fact(RedFlagKind.NoProductionHistory, RedFlag.Profile, "Models still running in production: 0", RedFlagDetector.ProfileOrder);
        }

        // Named in the profile or in the answer is disclosed; named nowhere is not.
        if (vendor.NamedTeamMembers.All(string.IsNullOrWhiteSpace) && answers.Find(BriefQuestionIds.TeamMembers) is null)
        {
            yield return Fact(RedFlagKind.UndisclosedTeam, BriefQuestionIds.TeamMembers, string.Empty,
                RedFlagDetector.OrderOf(questionnaire, BriefQuestionIds.TeamMembers));
        }

        var retention = answers.Find(BriefQuestionIds.DataRetention);
        if (retention is null || Pattern.Finds(Placeholder, MatchingText.Fold(retention)))
        {
            yield return Fact(RedFlagKind.NoDataRetentionPolicy, BriefQuestionIds.DataRetention, retention?.Trim() ?? string.Empty,
                RedFlagDetector.OrderOf(questionnaire, BriefQuestionIds.DataRetention));
        }
    }

    private static Finding Fact(RedFlagKind kind, string questionId, string quote, int order)
    {
        var (explanation, source) = FlagDescription.Of(kind);
        return new Finding(new RedFlag(kind, questionId, quote, explanation, source), order, Position: 0);
    }
}

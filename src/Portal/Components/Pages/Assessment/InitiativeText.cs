using OutsourcingPortal.Contracts.Assessment;

namespace OutsourcingPortal.Portal.Components.Pages.Assessment;

/// <summary>How initiatives read on the pages.</summary>
public static class InitiativeText
{
    public static string Status(InitiativeResponse initiative) =>
        initiative.ArchivedAt is not null ? "Archived"
        : initiative.Status switch
        {
            InitiativeStatus.Assessed => "Assessed",
            _ => "Proposed",
        };

    public static string OrNotYet(string? text) => string.IsNullOrWhiteSpace(text) ? "Not given yet" : text;
}

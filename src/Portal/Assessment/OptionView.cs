namespace OutsourcingPortal.Portal.Assessment;

/// <summary>One option of a choice question.</summary>
public sealed record OptionView(
    string Id,
    string Label);

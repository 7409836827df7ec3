namespace OutsourcingPortal.Portal.Assessment;

/// <summary>One readiness signal, with the answers that drove its score.</summary>
public sealed record SignalView(
    string Signal,
    int Score,
    bool BelowFloor,
    IReadOnlyList<DrivingAnswerView> Answers);

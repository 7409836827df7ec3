using System.Text.Json;

namespace OutsourcingPortal.Portal.Assessment;

/// <summary>An assessment: its answers by question id (plain JSON values) and, once completed, its result.</summary>
public sealed record AssessmentView(
    Guid Id,
    Guid InitiativeId,
    string Status,
    int QuestionnaireVersion,
    Dictionary<string, JsonElement> Answers,
    ResultView? Result,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt);

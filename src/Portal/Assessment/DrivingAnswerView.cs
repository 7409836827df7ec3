using System.Text.Json;

namespace OutsourcingPortal.Portal.Assessment;

/// <summary>An answer a conclusion rests on.</summary>
public sealed record DrivingAnswerView(
    string QuestionId,
    JsonElement Answer);

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>One free-text question every invited vendor answers, in its evaluation area (<c>problem-definition</c>, …).</summary>
public sealed record BriefQuestionView(string Id, string Area, string Prompt, bool Required, int MaxLength);

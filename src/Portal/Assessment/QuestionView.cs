namespace OutsourcingPortal.Portal.Assessment;

/// <summary>One question: its kind (<c>scale</c>, <c>yes-no</c>, <c>single-choice</c>, <c>multiple-choice</c>, <c>number</c>, <c>free-text</c>) decides the input.</summary>
public sealed record QuestionView(
    string Id,
    string Group,
    string Prompt,
    string Kind,
    bool Required,
    IReadOnlyList<OptionView> Options,
    decimal? Minimum,
    decimal? Maximum);

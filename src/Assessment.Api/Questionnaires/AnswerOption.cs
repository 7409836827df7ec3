using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>One option of a choice question: the stable id an answer sends, and the label people read.</summary>
public sealed record AnswerOption(string Id, string Label)
{
    /// <summary>An option whose id is the enum value as it travels on the wire, so answers parse back to the enum.</summary>
    internal static AnswerOption For<TEnum>(TEnum value, string label) where TEnum : struct, Enum =>
        new(KebabCaseEnum.ToText(value), label);
}

using System.Text.Json.Serialization;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>The shape of answer a question takes.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    /// <summary>A whole number from 1 to 5.</summary>
    Scale,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    YesNo,
    /// <summary>The id of exactly one option.</summary>
    SingleChoice,
    /// <summary>A list of distinct option ids, possibly empty.</summary>
    MultipleChoice,
    /// <summary>Text of at most <see cref="Question.MaxTextBytes"/> UTF-8 bytes.</summary>
    FreeText,
    /// <summary>A number between the question's minimum and maximum.</summary>
    Number,
}

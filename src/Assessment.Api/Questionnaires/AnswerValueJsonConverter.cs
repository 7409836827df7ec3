using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>Reads and writes an <see cref="AnswerValue"/> as the plain JSON value it is; anything else is malformed.</summary>
internal sealed class AnswerValueJsonConverter : JsonConverter<AnswerValue>
{
    private const string Shape = "An answer is a number, true or false, a text, or a list of option ids.";

    public override AnswerValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetDecimal(out var number) => AnswerValue.Of(number),
            JsonTokenType.True or JsonTokenType.False => AnswerValue.Of(reader.GetBoolean()),
            JsonTokenType.String => AnswerValue.Of(reader.GetString()!),
            JsonTokenType.StartArray => AnswerValue.Of(ReadOptionIds(ref reader)),
            _ => throw new JsonException(Shape),
        };

    public override void Write(Utf8JsonWriter writer, AnswerValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else if (value.YesNo is { } yesNo)
        {
            writer.WriteBooleanValue(yesNo);
        }
        else if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var optionId in value.OptionIds ?? [])
            {
                writer.WriteStringValue(optionId);
            }
            writer.WriteEndArray();
        }
    }

    private static List<string> ReadOptionIds(ref Utf8JsonReader reader)
    {
        var optionIds = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            optionIds.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException(Shape));
        }
        return optionIds;
    }
}

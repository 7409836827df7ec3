using System.Text.Json;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Tests.Questionnaires;

public sealed class AnswerValueJsonTests
{
    public static TheoryData<string, AnswerValue> Values => new()
    {
        { "4", AnswerValue.Of(4) },
        { "12.5", AnswerValue.Of(12.5m) },
        { "true", AnswerValue.Of(true) },
        { "\"commodity\"", AnswerValue.Of("commodity") },
        { "[\"nlp\",\"llm\"]", AnswerValue.Of(["nlp", "llm"]) },
        { "[]", AnswerValue.Of([]) },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void An_answer_travels_as_its_plain_JSON_value(string json, AnswerValue answer)
    {
        Assert.Equal(json, JsonSerializer.Serialize(answer));
        Assert.Equal(answer, JsonSerializer.Deserialize<AnswerValue>(json));
    }

    [Theory]
    [InlineData("{\"value\":4}")]
    [InlineData("[1,2]")]
    [InlineData("[[\"nlp\"]]")]
    [InlineData("1e400")]
    public void Anything_but_a_number_a_boolean_a_text_or_a_list_of_texts_is_malformed(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AnswerValue>(json));
    }

    [Fact]
    public void An_answer_sheet_reads_from_the_web_shape_the_API_receives()
    {
        const string json = """{"questionnaireVersion":1,"answers":{"strategy.role":"commodity","usecase.metric":4,"skills.needed":["llm"],"team.ml-talent":false,"usecase.description":null}}""";

        var sheet = JsonSerializer.Deserialize<AnswerSheet>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(1, sheet.QuestionnaireVersion);
        Assert.Equal(AnswerValue.Of("commodity"), sheet.Answers["strategy.role"]);
        Assert.Equal(AnswerValue.Of(4), sheet.Answers["usecase.metric"]);
        Assert.Equal(AnswerValue.Of(["llm"]), sheet.Answers["skills.needed"]);
        Assert.Equal(AnswerValue.Of(false), sheet.Answers["team.ml-talent"]);
        Assert.Null(sheet.Answers["usecase.description"]);
    }

    [Fact]
    public void Answers_listing_the_same_options_are_equal()
    {
        Assert.Equal(AnswerValue.Of(["nlp", "llm"]), AnswerValue.Of(["nlp", "llm"]));
        Assert.Equal(AnswerValue.Of(["nlp", "llm"]).GetHashCode(), AnswerValue.Of(["nlp", "llm"]).GetHashCode());
        Assert.NotEqual(AnswerValue.Of(["llm", "nlp"]), AnswerValue.Of(["nlp", "llm"]));
        Assert.NotEqual(AnswerValue.Of([]), AnswerValue.Of(""));
    }
}

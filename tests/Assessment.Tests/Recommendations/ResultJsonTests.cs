using System.Text.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

public sealed class ResultJsonTests
{
    private static readonly AssessmentResult Result = Assess(new AnswersBuilder().With(MlTalent, true).With(MlCapacity, false).With(OwnershipSecured, false));

    [Fact]
    public void A_result_serialises_to_camel_case_JSON_with_kebab_case_enums()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Result, JsonSerializerOptions.Web))!;

        Assert.Equal("hybrid", (string?)json["recommendation"]!["approach"]);
        Assert.Equal("staff-augmentation", (string?)json["recommendation"]!["engagementModel"]);
        Assert.Equal("use-case-clarity", (string?)json["readiness"]!["signals"]![0]!["signal"]);
        Assert.Equal("data-pipeline-engineering", (string?)json["responsibilitySplit"]![0]!["component"]);
        Assert.Equal("vendor-lock-in", (string?)json["risks"]![0]!["failureMode"]);
        Assert.Equal("after-proof-of-concept", (string?)json["plan"]!["phases"]![0]!["gateAfter"]!["kind"]);
        Assert.Equal(38, (int?)json["plan"]!["totalWeeks"]);
        Assert.Equal("USD", (string?)json["costs"]!["currency"]);
        Assert.False(json["recommendation"]!.AsObject().ContainsKey("delivery"));
    }

    [Fact]
    public void Enums_keep_the_wire_spelling_under_any_serializer_options()
    {
        Assert.Equal("\"data-readiness-first\"", JsonSerializer.Serialize(Approach.DataReadinessFirst));
        Assert.Equal("\"transition-in-house\"", JsonSerializer.Serialize(Ownership.TransitionInHouse));
        Assert.Equal(EngagementModel.ManagedService, JsonSerializer.Deserialize<EngagementModel>("\"managed-service\""));
    }

    [Fact]
    public void Driving_answers_carry_the_plain_answer_values()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Result, JsonSerializerOptions.Web))!;

        var talent = json["recommendation"]!["reasons"]![0]!["answers"]![0]!;
        Assert.Equal(MlTalent, (string?)talent["questionId"]);
        Assert.True((bool?)talent["answer"]);
    }

    [Fact]
    public void A_stored_result_reads_back_to_the_same_JSON()
    {
        var json = JsonSerializer.Serialize(Result, JsonSerializerOptions.Web);

        var stored = JsonSerializer.Deserialize<AssessmentResult>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(json, JsonSerializer.Serialize(stored, JsonSerializerOptions.Web));
    }

    [Fact]
    public void The_questionnaire_serialises_for_the_portal_to_render()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Questionnaire.Current, JsonSerializerOptions.Web))!;

        var role = json["questions"]!.AsArray().Single(question => (string?)question!["id"] == Role)!;
        Assert.Equal("single-choice", (string?)role["kind"]);
        Assert.Equal("strategy", (string?)role["group"]);
        Assert.Equal("core-differentiator", (string?)role["options"]![0]!["id"]);
    }

    [Fact]
    public void The_rubric_reads_back_from_its_JSON_unchanged()
    {
        var json = JsonSerializer.Serialize(Rubric.Default, JsonSerializerOptions.Web);

        Assert.Equal(Rubric.Default, JsonSerializer.Deserialize<Rubric>(json, JsonSerializerOptions.Web));
    }
}

using OutsourcingPortal.VendorRegistry.Api.Scoring;

namespace OutsourcingPortal.VendorRegistry.Tests.Scoring;

public sealed class ScoringTemplateTests
{
    private static readonly ScoringTemplate Default = ScoringTemplate.Default;

    [Fact]
    public void The_default_template_is_valid()
    {
        Assert.Empty(Default.Validate());
    }

    [Fact]
    public void The_default_template_has_one_criterion_per_evaluation_area_then_due_diligence_security_ip_pilot_and_price()
    {
        Assert.Equal(
        [
            "problem-definition", "delivery-experience", "data-security", "evaluation-and-testing", "engineering-breadth", "ownership",
            "pilot-structure", "technical-due-diligence", "security", "ip-ownership", "pilot-proposal", "price",
        ], Default.Criteria.Select(criterion => criterion.Id));
    }

    [Fact]
    public void The_articles_rank_no_criterion_above_another_so_every_default_weight_is_equal()
    {
        Assert.All(Default.Criteria, criterion => Assert.Equal(1m, criterion.Weight));
    }

    [Fact]
    public void Every_default_criterion_has_a_name_and_guidance_citing_its_articles()
    {
        Assert.All(Default.Criteria, criterion =>
        {
            Assert.False(string.IsNullOrWhiteSpace(criterion.Name));
            Assert.Matches(@"(\[\d{3}\])+\.$", criterion.Guidance);
        });
    }

    [Fact]
    public void A_criterion_is_found_by_its_exact_id()
    {
        Assert.Equal("Price", Default.FindCriterion("price")?.Name);
        Assert.Null(Default.FindCriterion("Price"));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    [InlineData(25)]
    [InlineData(1000)]
    public void An_organization_may_weigh_criteria_in_whole_or_decimal_numbers_up_to_1000(decimal weight)
    {
        var edited = Default with { Criteria = [.. Default.Criteria.Select((criterion, index) => index == 0 ? criterion with { Weight = weight } : criterion)] };

        Assert.Empty(edited.Validate());
    }

    [Fact]
    public void An_organization_may_add_its_own_criterion()
    {
        var edited = Default with { Criteria = [.. Default.Criteria, new("team-stability", "Team stability", 2, "")] };

        Assert.Empty(edited.Validate());
    }

    public static TheoryData<string, string, ScoringCriterion> InvalidCriteria => new()
    {
        { "criteria[1].id", "Must be a kebab-case id of at most 100 characters, such as data-security.", new("", "Name", 1, "") },
        { "criteria[1].id", "Must be a kebab-case id of at most 100 characters, such as data-security.", new("Data-Security", "Name", 1, "") },
        { "criteria[1].id", "Must be a kebab-case id of at most 100 characters, such as data-security.", new("data security", "Name", 1, "") },
        { "criteria[1].id", "Must be a kebab-case id of at most 100 characters, such as data-security.", new("data--security", "Name", 1, "") },
        { "criteria[1].id", "Must be a kebab-case id of at most 100 characters, such as data-security.", new("-security", "Name", 1, "") },
        { "criteria[1].id", "Must be a kebab-case id of at most 100 characters, such as data-security.", new("security\n", "Name", 1, "") },
        { "criteria[1].id", "Must be a kebab-case id of at most 100 characters, such as data-security.", new(new string('a', 101), "Name", 1, "") },
        { "criteria[1].id", "Is the id of another criterion.", new("first", "Name", 1, "") },
        { "criteria[1].name", "Needs a name.", new("second", "", 1, "") },
        { "criteria[1].name", "Needs a name.", new("second", "  ", 1, "") },
        { "criteria[1].weight", "Must be above 0 and at most 1000.", new("second", "Name", 0, "") },
        { "criteria[1].weight", "Must be above 0 and at most 1000.", new("second", "Name", -0.5m, "") },
        { "criteria[1].weight", "Must be above 0 and at most 1000.", new("second", "Name", 1000.01m, "") },
    };

    [Theory]
    [MemberData(nameof(InvalidCriteria))]
    public void An_invalid_criterion_is_reported_under_its_camel_case_path(string path, string message, ScoringCriterion second)
    {
        var template = new ScoringTemplate([new("first", "First", 1, ""), second]);

        var errors = template.Validate();

        Assert.Equal([path], errors.Keys);
        Assert.Equal([message], errors[path]);
    }

    [Fact]
    public void A_template_needs_at_least_one_criterion()
    {
        Assert.Equal(["Needs at least one criterion."], new ScoringTemplate([]).Validate()["criteria"]);
    }

    [Fact]
    public void Weights_that_add_up_to_nothing_are_reported_on_the_template_as_well_as_on_each_criterion()
    {
        var errors = new ScoringTemplate([new("first", "First", 0, ""), new("second", "Second", 0, "")]).Validate();

        Assert.Equal(["criteria", "criteria[0].weight", "criteria[1].weight"], errors.Keys);
        Assert.Equal(["The weights must add up to more than 0."], errors["criteria"]);
    }

    [Fact]
    public void Weights_too_large_to_add_up_are_refused_without_overflowing()
    {
        var errors = new ScoringTemplate([new("first", "First", decimal.MaxValue, ""), new("second", "Second", decimal.MaxValue, "")]).Validate();

        Assert.Equal(["criteria[0].weight", "criteria[1].weight"], errors.Keys);
    }
}

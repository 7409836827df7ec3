using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Tests.Briefs;

public sealed class BriefDraftingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly BriefCriterion[] Criteria = [new("pilot", "Pilot proposal", 1m, "The smallest measurable engagement")];

    private static readonly AssessedInitiativeResponse Initiative = new(
        Guid.NewGuid(), Guid.NewGuid(), "Invoice triage", "Route supplier invoices", "Faster approvals", "Invoices routed in a day",
        250_000m, new DateOnly(2027, 6, 30), "outsource", "project-based", "confidential", ["gdpr"], Now);

    private static BriefRequest Request(string? useCase = null, string[]? regulations = null, string? model = null) =>
        new("  Invoice triage build ", " Classify invoices ", Now.AddDays(21), Initiative.Id, useCase, null, regulations, model);

    [Fact]
    public void A_brief_from_an_assessed_initiative_takes_what_the_request_leaves_out_from_it()
    {
        var brief = BriefDrafting.NewDraft(Guid.NewGuid(), Request(), Initiative, Criteria, Now);

        Assert.Equal((BriefStatus.Draft, "Invoice triage build", "Classify invoices"), (brief.Status, brief.Title, brief.Summary));
        Assert.Equal(("Route supplier invoices", "project-based"), (brief.UseCase, brief.EngagementModel));
        Assert.Equal(["gdpr"], brief.Regulations);
        Assert.Contains("250,000", brief.Constraints, StringComparison.Ordinal);
        Assert.Contains("30 June 2027", brief.Constraints, StringComparison.Ordinal);
        Assert.Contains("Invoices routed in a day", brief.Constraints, StringComparison.Ordinal);
        Assert.Equal(Criteria, brief.Criteria);
    }

    [Fact]
    public void What_the_request_says_wins_over_the_initiative()
    {
        var brief = BriefDrafting.NewDraft(Guid.NewGuid(), Request("Only the invoices of one country", ["hipaa", "hipaa"], "dedicated-team"), Initiative, Criteria, Now);

        Assert.Equal(("Only the invoices of one country", "dedicated-team"), (brief.UseCase, brief.EngagementModel));
        Assert.Equal(["hipaa"], brief.Regulations);
    }

    [Fact]
    public void An_explicitly_empty_list_of_regulations_is_kept_empty()
    {
        Assert.Empty(BriefDrafting.NewDraft(Guid.NewGuid(), Request(regulations: []), Initiative, Criteria, Now).Regulations);
    }

    [Fact]
    public void Editing_a_draft_keeps_its_initiative_and_criteria_and_replaces_its_text()
    {
        var draft = BriefDrafting.NewDraft(Guid.NewGuid(), Request(), Initiative, Criteria, Now);

        var edited = BriefDrafting.Edit(draft, new BriefRequest("New title", "New summary", Now.AddDays(30)), Now.AddHours(1));

        Assert.Equal((Initiative.Id, "New title", "", (string?)null), (edited.InitiativeId, edited.Title, edited.UseCase, edited.EngagementModel));
        Assert.Equal(Criteria, edited.Criteria);
        Assert.Equal(Now.AddHours(1), edited.UpdatedAt);
    }

    [Fact]
    public void Without_an_initiative_there_are_no_constraints_to_carry()
    {
        Assert.Equal("", BriefDrafting.ConstraintsOf(null));
    }
}

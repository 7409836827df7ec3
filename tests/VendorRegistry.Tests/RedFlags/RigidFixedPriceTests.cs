using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>rigid-fixed-price [001][002]: one fixed price for the whole uncertain scope, with no way to change it.</summary>
public sealed class RigidFixedPriceTests
{
    public static TheoryData<string> Rigid => new()
    {
        "We offer a fixed price for the entire project.",
        "A fixed-price contract covering the full scope.",
        "One lump sum for the whole engagement.",
        "The entire project is delivered for a fixed price.",
        "Fixed price, fixed scope.",
        "Fixed scope and fixed price.",
        "No change requests.",
        "There are no change requests after signing.",
        "No scope changes are accepted once we start.",
        "Change requests are not accepted.",
        "Change requests are excluded.",
        "We do not accept any scope changes.",
        "We don't accept changes after sign-off.",
        "The price is final.",
        "Our price is fixed and final.",
        "The scope is frozen at signing.",
        "The quote is not subject to change.",
        "The price cannot be changed under any circumstances.",
        "Our quote is a firm fixed price for the full scope.",
        "All requirements are frozen at signing.",
    };

    [Theory]
    [MemberData(nameof(Rigid))]
    public void A_rigid_fixed_price_is_flagged_and_quoted(string sentence)
    {
        AssertSingleFlag(DetectSentence(PricingModel, sentence), RedFlagKind.RigidFixedPrice, PricingModel, sentence);
    }

    public static TheoryData<string> Flexible => new()
    {
        "Time and materials for discovery, then a fixed price per milestone once the scope is known.",
        "Fixed price for the pilot only, then time and materials.",
        "We do not offer a fixed price for the whole project, because your data will surprise us.",
        "Time and materials rather than a fixed price for the entire project.",
        "We avoid fixed prices for the whole scope of uncertain work.",
        "We can offer a fixed price for the entire build after the discovery phase.",
        "Change requests are handled through a weekly change board and priced in advance.",
        "Change requests are accepted at any time.",
        "The core scope is fixed; the areas where discovery is expected are priced as ranges.",
        "The price will not be increased without your written approval.",
        "There is no extra fee for change requests.",
        "We price discovery on time and materials because the scope is uncertain.",
    };

    [Theory]
    [MemberData(nameof(Flexible))]
    public void A_price_that_handles_uncertainty_is_not_flagged(string sentence)
    {
        Assert.Empty(DetectSentence(PricingModel, sentence));
    }

    [Fact]
    public void A_rigid_price_is_flagged_in_the_uncertainty_answer_too()
    {
        AssertSingleFlag(DetectSentence(PricingUncertainty, "No change requests."), RedFlagKind.RigidFixedPrice, PricingUncertainty, "No change requests.");
    }
}

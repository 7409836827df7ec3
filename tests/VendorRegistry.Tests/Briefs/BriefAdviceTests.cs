using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Tests.Briefs;

public sealed class BriefAdviceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Fewer_than_three_invitees_draw_a_warning_before_and_while_the_brief_is_open(int invited)
    {
        Assert.Contains("three to five", Assert.Single(BriefAdvice.Warnings(BriefStatus.Draft, invited)), StringComparison.Ordinal);
        Assert.Single(BriefAdvice.Warnings(BriefStatus.Open, invited));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Three_to_five_invitees_draw_no_warning(int invited)
    {
        Assert.Empty(BriefAdvice.Warnings(BriefStatus.Draft, invited));
    }

    [Fact]
    public void More_than_five_invitees_draw_a_warning()
    {
        Assert.Contains("more than five", Assert.Single(BriefAdvice.Warnings(BriefStatus.Draft, 6)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BriefStatus.Evaluating)]
    [InlineData(BriefStatus.Awarded)]
    public void Once_answers_are_closed_the_number_of_invitees_is_no_longer_advice(BriefStatus status)
    {
        Assert.Empty(BriefAdvice.Warnings(status, 1));
    }
}

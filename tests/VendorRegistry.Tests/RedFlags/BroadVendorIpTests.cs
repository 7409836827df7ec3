using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;
using static OutsourcingPortal.VendorRegistry.Tests.Detecting;

namespace OutsourcingPortal.VendorRegistry.Tests.RedFlags;

/// <summary>broad-vendor-ip [001][002]: broad categories of vendor IP, or deliverables, kept by the vendor.</summary>
public sealed class BroadVendorIpTests
{
    public static TheoryData<string> Broad => new()
    {
        "Vendor proprietary tools remain vendor property.",
        "General methodologies remain the property of the vendor.",
        "Reusable components remain our property.",
        "Our reusable components and general methodologies remain our exclusive property.",
        "Reusable components remain the property of Acme AI.",
        "All know-how stays with us.",
        "We retain ownership of our proprietary tools and accelerators.",
        "The vendor retains all rights to general methodologies developed during the project.",
        "Pre-existing components are owned by the vendor and may be reused for other clients.",
        "We keep the reusable components.",
        "All trained models remain the property of the vendor.",
        "We retain all rights to the models we train.",
        "The source code and pipelines are owned by us.",
        "Trained models remain Acme's property.",
        "Any know-how gained remains the property of the vendor.",
    };

    [Theory]
    [MemberData(nameof(Broad))]
    public void Broad_vendor_IP_is_flagged_and_quoted(string sentence)
    {
        AssertSingleFlag(DetectSentence(PreExistingIp, sentence), RedFlagKind.BroadVendorIp, PreExistingIp, sentence);
    }

    public static TheoryData<string> Narrow => new()
    {
        "You own everything we build: models, derived data, code, pipelines and evaluation scripts.",
        "We use no proprietary tools; everything is open source and yours.",
        "We do not retain any rights to general methodologies or reusable components developed for you.",
        "Reusable components built during the project are transferred to you.",
        "Trained models remain the property of the client.",
        "All trained models are the client's property.",
        "Pre-existing IP is listed in an annex and licensed to you perpetually; everything else is yours.",
        "No vendor proprietary tools are used.",
        "Our general methodologies are documented and licensed to you free of charge.",
        "We transfer all know-how to your team.",
    };

    [Theory]
    [MemberData(nameof(Narrow))]
    public void Client_ownership_and_named_licensed_IP_are_not_flagged(string sentence)
    {
        Assert.Empty(DetectSentence(PreExistingIp, sentence));
    }

    [Theory]
    [InlineData(IpOwnership)]
    [InlineData(OwnershipAtEnd)]
    public void Broad_vendor_IP_is_flagged_in_the_ownership_answers_too(string questionId)
    {
        Assert.Equal([RedFlagKind.BroadVendorIp], DetectSentence(questionId, "Reusable components remain our property.").Kinds());
    }
}

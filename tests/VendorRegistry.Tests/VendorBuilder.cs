using OutsourcingPortal.VendorRegistry.Api.RedFlags;

namespace OutsourcingPortal.VendorRegistry.Tests;

/// <summary>
/// The profile facts of a vendor with a production track record, a named team and ISO 27001 and SOC 2 Type II valid
/// well past <see cref="Detecting.EvaluatedOn"/>. A test changes only the facts it is about.
/// </summary>
internal sealed class VendorBuilder
{
    private int? _productionModels = 14;
    private string? _trackRecord = "Fourteen models in production for insurers and retailers, the oldest running since 2021.";
    private List<string> _team = ["Anna Kowalska", "Tom Berg"];
    private List<HeldCertification> _certifications =
    [
        new(Certification.Iso27001, new DateOnly(2027, 6, 30)),
        new(Certification.Soc2Type2, new DateOnly(2026, 12, 31)),
    ];

    public VendorBuilder WithProductionModels(int? count)
    {
        _productionModels = count;
        return this;
    }

    public VendorBuilder WithTrackRecord(string? text)
    {
        _trackRecord = text;
        return this;
    }

    public VendorBuilder WithTeam(params string[] names)
    {
        _team = [.. names];
        return this;
    }

    public VendorBuilder WithCertifications(params HeldCertification[] certifications)
    {
        _certifications = [.. certifications];
        return this;
    }

    public VendorFacts Build() => new(_productionModels, _trackRecord, [.. _team], [.. _certifications]);
}

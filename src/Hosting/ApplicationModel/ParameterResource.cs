namespace OutsourcingPortal.Hosting.ApplicationModel;

/// <summary>A value supplied at deployment time; secret ones are generated locally and kept in the data folder.</summary>
public sealed class ParameterResource(string name, bool secret, int generatedMinLength) : Resource(name)
{
    public bool Secret { get; } = secret;

    public int GeneratedMinLength { get; } = generatedMinLength;

    public string? Value { get; internal set; }
}

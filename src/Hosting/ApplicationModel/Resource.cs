namespace OutsourcingPortal.Hosting.ApplicationModel;

public abstract class Resource(string name) : IResource
{
    public string Name { get; } = ResourceNames.Validate(name);

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public IList<IResource> WaitsFor { get; } = [];

    public override string ToString() => Name;
}

namespace OutsourcingPortal.Integration.Tests.Lifecycle;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LifecycleCollection
{
    public const string Name = "AppHost process lifecycle";
}

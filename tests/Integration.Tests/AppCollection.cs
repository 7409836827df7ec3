namespace OutsourcingPortal.Integration.Tests;

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "running application";
}

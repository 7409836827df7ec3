namespace OutsourcingPortal.Hosting.Tests;

/// <summary>A project that was never built: enough to exercise what happens before anything starts.</summary>
public sealed class FakeProject : IProjectMetadata
{
    public string ProjectPath => "/nonexistent/Fake/Fake.csproj";

    public string TargetPath => "/nonexistent/Fake/bin/Fake.dll";
}

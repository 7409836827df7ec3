namespace OutsourcingPortal.Hosting;

/// <summary>Where a project resource lives and what its build produced; generated into <c>Projects.*</c> by AppHost.targets.</summary>
public interface IProjectMetadata
{
    string ProjectPath { get; }

    string TargetPath { get; }
}

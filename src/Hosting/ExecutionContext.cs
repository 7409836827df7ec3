namespace OutsourcingPortal.Hosting;

/// <summary>Whether the AppHost runs the application or only describes it for a deployment tool.</summary>
public sealed record ExecutionContext(bool IsPublishMode, string? ManifestOutputPath)
{
    public bool IsRunMode => !IsPublishMode;
}

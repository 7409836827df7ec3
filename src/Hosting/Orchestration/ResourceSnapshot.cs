namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>What the console table and <c>resources.json</c> say about one resource.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Type,
    ResourceState State,
    string? Url,
    string? ConnectionString,
    int? ProcessId);

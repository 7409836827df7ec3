namespace OutsourcingPortal.Hosting.ApplicationModel;

/// <summary>A .NET project of the solution, started from its build output with one HTTP endpoint.</summary>
public sealed class ProjectResource(string name, IProjectMetadata metadata) : Resource(name)
{
    public IProjectMetadata Metadata { get; } = metadata;

    /// <summary>Resources whose connection strings or URLs this project receives.</summary>
    public IList<IResource> References { get; } = [];

    public IDictionary<string, string> Environment { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A fixed port asked for by the AppHost (a public entry point); null means any free port.</summary>
    public int? RequestedPort { get; internal set; }

    /// <summary>Whether a taken <see cref="RequestedPort"/> is an error rather than a preference.</summary>
    public bool RequestedPortIsStrict { get; internal set; }

    /// <summary>Whether a deployment exposes this project outside the cluster.</summary>
    public bool IsExternal { get; internal set; }

    /// <summary>Set for an entry point people open: the console prints "{label}: {url}" once all is healthy.</summary>
    public string? UrlLabel { get; internal set; }

    public int Port { get; internal set; }

    public Uri HttpUrl => new($"http://127.0.0.1:{Port}");
}

using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting;

/// <summary>Wiring between resources: references, start order, endpoints and environment.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>Gives the project <c>ConnectionStrings__{name}</c> for the source.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> source)
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Gives the project <c>services__{name}__http__0</c>, read by Microsoft.Extensions.ServiceDiscovery.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> source)
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Starts the resource only once the dependency reports healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : Resource
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }

    /// <summary>Marks the project's HTTP endpoint as public in deployments.</summary>
    public static IResourceBuilder<ProjectResource> WithExternalHttpEndpoints(this IResourceBuilder<ProjectResource> builder)
    {
        builder.Resource.IsExternal = true;
        return builder;
    }

    /// <summary>
    /// Asks for a port on the loopback interface. A strict port that is taken stops the AppHost with a clear
    /// message; a preferred one gives way to a free port. Port 0 means any free port.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(
        this IResourceBuilder<ProjectResource> builder, int port, bool strict = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        builder.Resource.RequestedPort = port == 0 ? null : port;
        builder.Resource.RequestedPortIsStrict = strict;
        return builder;
    }

    /// <summary>Prints "{label}: {url}" for this project once the application is healthy.</summary>
    public static IResourceBuilder<ProjectResource> WithUrlLabel(this IResourceBuilder<ProjectResource> builder, string label)
    {
        builder.Resource.UrlLabel = label;
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.Environment[name] = value;
        return builder;
    }
}

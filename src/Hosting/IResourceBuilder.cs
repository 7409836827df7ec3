using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting;

/// <summary>Fluent access to one declared resource, as in Aspire's <c>IResourceBuilder&lt;T&gt;</c>.</summary>
public interface IResourceBuilder<out T> where T : IResource
{
    DistributedApplicationBuilder ApplicationBuilder { get; }

    T Resource { get; }
}

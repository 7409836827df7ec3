using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>Starts, probes and stops one kind of resource; the orchestrator decides when.</summary>
internal abstract class ResourceRunner(IResource resource)
{
    private static readonly Task Never = new TaskCompletionSource().Task;
    private volatile ResourceState _state = ResourceState.Waiting;

    public IResource Resource { get; } = resource;

    public abstract string Type { get; }

    public ResourceState State => _state;

    public virtual string? Url => null;

    public virtual string? ConnectionString => null;

    public virtual ManagedProcess? Process => null;

    /// <summary>Completes when a started process ends; never for resources without one.</summary>
    public Task Exited => Process?.Exited ?? Never;

    public event Action<ResourceRunner>? StateChanged;

    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    public virtual Task StopAsync() => Task.CompletedTask;

    public ResourceSnapshot Snapshot() =>
        new(Resource.Name, Type, State, Url, ConnectionString, Process is { HasExited: false } process ? process.Id : null);

    public void SetState(ResourceState state)
    {
        _state = state;
        StateChanged?.Invoke(this);
    }
}

using System.Text.Json;

namespace OutsourcingPortal.Contracts.Events;

/// <summary>
/// One integration event as it travels between services: <c>{ id, type, version, occurredAt, tenantId, actor, data }</c>.
/// <see cref="Data"/> is the event-specific JSON; <see cref="Create{TData}"/> and <see cref="DataAs{TData}"/> turn it
/// into and out of the record that describes it.
/// </summary>
public sealed record EventEnvelope(
    Guid Id, string Type, int Version, DateTimeOffset OccurredAt, Guid TenantId, EventActor Actor, JsonElement Data)
{
    public static EventEnvelope Create<TData>(Guid id, DateTimeOffset occurredAt, Guid tenantId, EventActor actor, TData data)
        where TData : IIntegrationEvent =>
        new(id, TData.EventType, TData.EventVersion, occurredAt, tenantId, actor, JsonSerializer.SerializeToElement(data, WireJson.Options));

    public bool Is<TData>() where TData : IIntegrationEvent =>
        Type == TData.EventType && Version == TData.EventVersion;

    public TData DataAs<TData>() where TData : IIntegrationEvent =>
        Is<TData>()
            ? Data.Deserialize<TData>(WireJson.Options) ?? throw new JsonException($"{Type} event {Id} carries no data.")
            : throw new InvalidOperationException($"Event {Id} is {Type} version {Version}, not {TData.EventType} version {TData.EventVersion}.");
}

using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OutsourcingPortal.BuildingBlocks.Audit;
using OutsourcingPortal.BuildingBlocks.Events;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>
/// One transaction acting for one <see cref="RequestActor"/>. It begins by setting <c>app.tenant_id</c>,
/// <c>app.vendor_id</c> and <c>app.host_operator</c> for this transaction only (<c>set_config(…, true)</c>), so
/// row-level security sees exactly this actor and nothing survives into the pooled connection's next use. Changes
/// and their audit rows and integration events commit together; disposing without <see cref="CommitAsync"/> rolls
/// everything back.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly TimeProvider _clock;
    private readonly EventRelaySignal? _relaySignal;
    private bool _publishedEvents;

    private UnitOfWork(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RequestActor actor, TimeProvider clock, EventRelaySignal? relaySignal)
    {
        _connection = connection;
        _transaction = transaction;
        _clock = clock;
        _relaySignal = relaySignal;
        Actor = actor;
    }

    public RequestActor Actor { get; }

    public static Task<UnitOfWork> BeginAsync(
        NpgsqlDataSource dataSource, RequestActor actor, TimeProvider clock, CancellationToken cancellationToken) =>
        BeginAsync(dataSource, actor, clock, null, cancellationToken);

    /// <param name="relaySignal">
    /// Woken when this unit of work commits events, so the relay sends them at once instead of at its next poll.
    /// </param>
    public static async Task<UnitOfWork> BeginAsync(
        NpgsqlDataSource dataSource, RequestActor actor, TimeProvider clock, EventRelaySignal? relaySignal, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var work = new UnitOfWork(connection, transaction, actor, clock, relaySignal);
            await work.ExecuteAsync(
                "select set_config('app.tenant_id', $1, true), set_config('app.vendor_id', $2, true), set_config('app.host_operator', $3, true)",
                cancellationToken,
                actor.TenantId?.ToString() ?? "", actor.VendorId?.ToString() ?? "", actor.IsHostOperator ? "on" : "");
            return work;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The time to store for this unit of work's changes, at PostgreSQL's microsecond precision.</summary>
    public DateTimeOffset Now => _clock.GetUtcNowForStorage();

    /// <summary>A command whose values bind to <c>$1</c>, <c>$2</c>, … in order: the only way values reach SQL here.</summary>
    public NpgsqlCommand CreateCommand(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(value is NpgsqlParameter parameter ? parameter : new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = CreateCommand(sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T?> SingleOrDefaultAsync<T>(
        string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
        where T : class
    {
        await using var command = CreateCommand(sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    /// <summary>Every row <paramref name="sql"/> returns, read with <paramref name="read"/>: for short lists that need no paging.</summary>
    public async Task<List<T>> ListAsync<T>(
        string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
    {
        var items = new List<T>();
        await using var command = CreateCommand(sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }
        return items;
    }

    /// <summary>
    /// Reads one object by id (<c>$1</c>) for an action on it. When the actor cannot see it, unknown or another
    /// tenant's, the attempt is audited as denied and null returned, which the endpoint answers with 404.
    /// </summary>
    public async Task<T?> FindAsync<T>(
        string objectType, Guid id, string action, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var found = await SingleOrDefaultAsync(sql, read, cancellationToken, id);
        if (found is null)
        {
            await AuditDeniedAsync(action, objectType, id, cancellationToken);
        }
        return found;
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = CreateCommand(sql, values);
        return await command.ExecuteScalarAsync(cancellationToken) is T value ? value : default;
    }

    /// <summary>
    /// Runs <paramref name="sql"/> (without limit/offset; its last column <c>count(*) over ()</c>) for one page: the
    /// page and the total come from one statement. Limit and offset bind after <paramref name="values"/>.
    /// </summary>
    public async Task<PagedResult<T>> PageAsync<T>(
        string sql, PageQuery page, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
    {
        var items = new List<T>();
        long total = 0;
        await using (var command = CreateCommand($"{sql} limit ${values.Length + 1} offset ${values.Length + 2}", [.. values, page.Limit, page.Offset]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(read(reader));
                total = reader.GetInt64(reader.FieldCount - 1);
            }
        }
        if (items.Count == 0 && page.PageNumber > 1)
        {
            // A page past the end has no row to carry the total, so it is counted on its own.
            await using var count = CreateCommand($"select count(*) from ({sql}) as page", values);
            total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }
        return new PagedResult<T>(items, page.PageNumber, page.Limit, total);
    }

    /// <summary>Records a change in the audit log, in this transaction: it commits or rolls back with the change.</summary>
    public Task AuditAsync(string action, string objectType, Guid? objectId, object? before, object? after, CancellationToken cancellationToken) =>
        AppendAuditAsync(action, objectType, objectId, AuditOutcome.Succeeded, before, after, cancellationToken);

    /// <summary>
    /// Records an access to an object this actor cannot see: unknown, or another tenant's. Row-level security
    /// cannot tell the two apart for us, and the caller is told only "not found" either way.
    /// </summary>
    public Task AuditDeniedAsync(string action, string objectType, Guid? objectId, CancellationToken cancellationToken) =>
        AppendAuditAsync(action, objectType, objectId, AuditOutcome.Denied, null, null, cancellationToken);

    internal Task AuditForbiddenAsync(string action, Guid? objectId, CancellationToken cancellationToken) =>
        AppendAuditAsync(action, "endpoint", objectId, AuditOutcome.Forbidden, null, null, cancellationToken);

    /// <summary>
    /// Adds an integration event of this unit of work's tenant to the outbox, in this transaction: it reaches the
    /// service's event stream after the commit, and never if the change rolls back.
    /// </summary>
    public async Task<EventEnvelope> PublishAsync<TData>(TData data, CancellationToken cancellationToken)
        where TData : IIntegrationEvent
    {
        var tenantId = Actor.TenantId
            ?? throw new InvalidOperationException($"A {TData.EventType} event belongs to a tenant, and {Actor.Name} acts for none.");
        var envelope = EventEnvelope.Create(Guid.CreateVersion7(), Now, tenantId, new EventActor(Actor.Id, Actor.Name), data);
        await ExecuteAsync(
            """
            insert into event_outbox (tenant_id, id, type, version, occurred_at, actor_id, actor_name, data)
            values ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            cancellationToken,
            envelope.TenantId, envelope.Id, envelope.Type, envelope.Version, envelope.OccurredAt, envelope.Actor.Id, envelope.Actor.Name,
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = envelope.Data.GetRawText() });
        _publishedEvents = true;
        return envelope;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction.CommitAsync(cancellationToken);
        if (_publishedEvents)
        {
            _relaySignal?.Wake();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private Task<int> AppendAuditAsync(
        string action, string objectType, Guid? objectId, string outcome, object? before, object? after, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            insert into audit_log (tenant_id, id, occurred_at, actor_id, actor_name, vendor_id, action, object_type, object_id, outcome, before, after, trace_id)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """,
            cancellationToken,
            Actor.TenantId, Guid.CreateVersion7(), Now, Actor.Id, Actor.Name, Actor.VendorId, action, objectType, objectId, outcome,
            Json(before), Json(after), Activity.Current?.TraceId.ToString());

    // Snapshots are stored as the API shows them.
    private static NpgsqlParameter Json(object? value) => new()
    {
        NpgsqlDbType = NpgsqlDbType.Jsonb,
        Value = value is null ? DBNull.Value : JsonSerializer.Serialize(value, WireJson.Options),
    };
}

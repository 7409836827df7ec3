using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Events;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Events;
using OutsourcingPortal.Integration.Tests.Tenancy;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>Writing probe events as a service's endpoint would, and looking at where they went.</summary>
public static class Probes
{
    /// <summary>Retries soon after a failure, so the end of an outage is noticed within a test's patience.</summary>
    public static readonly RetryBackoff QuickBackoff = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));

    public static RequestActor Tenant() => new(Guid.NewGuid(), "event test", Guid.NewGuid(), null, false);

    public static string NewStream() => EventStreams.Of("test-" + Guid.NewGuid().ToString("N"));

    /// <summary>One unit of work that publishes a probe and commits, or, with <paramref name="commit"/> false, rolls back.</summary>
    public static async Task<EventEnvelope> PublishAsync(
        ScratchServiceDatabase database, RequestActor actor, int number, bool commit = true, EventRelaySignal? relaySignal = null)
    {
        await using var work = await UnitOfWork.BeginAsync(database.Application, actor, TimeProvider.System, relaySignal, CancellationToken.None);
        var envelope = await work.PublishAsync(new ProbeRecorded(number), CancellationToken.None);
        if (commit)
        {
            await work.CommitAsync(CancellationToken.None);
        }
        return envelope;
    }

    /// <summary>The event ids on the stream, in stream order.</summary>
    public static async Task<List<Guid>> StreamEventIdsAsync(IConnectionMultiplexer redis, string stream)
    {
        var entries = await redis.GetDatabase().StreamRangeAsync(stream);
        return [.. entries.Select(entry => Guid.Parse(entry["id"].ToString()))];
    }

    /// <summary>The outbox as the superuser sees it, in publish order.</summary>
    public static async Task<List<OutboxRow>> OutboxAsync(ScratchServiceDatabase database)
    {
        await using var superuser = database.Superuser();
        await superuser.OpenAsync();
        return await CatalogTests.ReadAsync(superuser,
            "select id, published_at is not null, stream_entry_id, attempts, last_error from event_outbox order by sequence_number",
            row => new OutboxRow(row.GetGuid(0), row.GetBoolean(1), row.IsDBNull(2) ? null : row.GetString(2), row.GetInt32(3),
                row.IsDBNull(4) ? null : row.GetString(4)));
    }

    public static async Task ExecuteAsync(ScratchServiceDatabase database, string sql)
    {
        await using var superuser = database.Superuser();
        await superuser.OpenAsync();
        await using var command = new NpgsqlCommand(sql, superuser);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(ScratchServiceDatabase database, string sql, params object[] values)
    {
        await using var superuser = database.Superuser();
        await superuser.OpenAsync();
        return (await CatalogTests.ReadAsync(superuser, sql, row => row.GetInt64(0), values)).Single();
    }

    public static async Task UntilPublishedAsync(ScratchServiceDatabase database, int count, TimeSpan timeout) =>
        await Eventually.TrueAsync(
            async () => (await OutboxAsync(database)).Count(row => row.Published) == count,
            timeout, $"{count} events were not all published within {timeout}");
}

using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>
/// Publishes the service's outbox to its Redis stream in the order the events were written. Each round takes a batch
/// of unpublished rows with <c>for update skip locked</c> in a transaction of its own, so the relays of several replicas
/// share the work and never hold the same row; adds each event to the stream once (<see cref="EventStreamPublisher"/>);
/// and records the stream entry ids in that transaction. When Redis fails, what it took is recorded, the rest stays
/// unpublished, and the relay backs off and tries again.
/// </summary>
internal sealed class EventRelay(
    NpgsqlDataSource dataSource, IConnectionMultiplexer redis, EventRelayOptions options, EventRelaySignal signal,
    EventRelayStatus status, TimeProvider clock, ILogger<EventRelay> logger) : BackgroundService
{
    private const int MaxErrorLength = 500;

    // Acts for no tenant: its transactions reach the outbox through app.event_relay alone (0002_event_outbox.sql).
    private static readonly RequestActor Relay = new(null, "event relay", null, null, false);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = RetryForever.Create(options.Backoff, arguments =>
        {
            status.Failed(arguments.Outcome.Exception!, null);
            logger.LogWarning(arguments.Outcome.Exception, "Publishing events to {Stream} failed; trying again in {RetryDelay}",
                options.Stream, arguments.RetryDelay);
        });
        try
        {
            while (true)
            {
                var published = await retry.ExecuteAsync(PublishBatchAsync, stoppingToken);
                if (published < options.BatchSize)
                {
                    await signal.WaitAsync(options.PollInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping; whatever is unpublished waits in the outbox for the next start.
        }
    }

    private async ValueTask<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var work = await UnitOfWork.BeginAsync(dataSource, Relay, clock, cancellationToken);
        await work.ExecuteAsync("select set_config('app.event_relay', 'on', true)", cancellationToken);
        var batch = await ReadUnpublishedAsync(work, cancellationToken);
        var entryIds = new List<string>(batch.Count);
        try
        {
            foreach (var envelope in batch)
            {
                entryIds.Add(await EventStreamPublisher.AddOnceAsync(redis.GetDatabase(), options.Stream, envelope, options.PublishedMarkerLifetime));
                logger.LogDebug("Published event {EventId} ({EventType}) to {Stream} as entry {StreamEntryId}",
                    envelope.Id, envelope.Type, options.Stream, entryIds[^1]);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // What Redis took is recorded, so it is not sent again; the event it refused counts an attempt.
            var refused = batch[entryIds.Count];
            status.Failed(exception, refused.OccurredAt);
            await MarkPublishedAsync(work, batch, entryIds, cancellationToken);
            await work.ExecuteAsync(
                "update event_outbox set attempts = attempts + 1, last_error = $2 where id = $1",
                cancellationToken, refused.Id, Describe(exception));
            await work.CommitAsync(cancellationToken);
            throw;
        }
        await MarkPublishedAsync(work, batch, entryIds, cancellationToken);
        await work.CommitAsync(cancellationToken);
        if (status.Current.Failure is not null)
        {
            logger.LogInformation("Publishing events to {Stream} works again", options.Stream);
        }
        status.Succeeded();
        return batch.Count;
    }

    private async Task<List<EventEnvelope>> ReadUnpublishedAsync(UnitOfWork work, CancellationToken cancellationToken)
    {
        await using var command = work.CreateCommand(
            """
            select id, type, version, occurred_at, tenant_id, actor_id, actor_name, data::text
            from event_outbox
            where published_at is null
            order by sequence_number
            limit $1
            for update skip locked
            """,
            options.BatchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var batch = new List<EventEnvelope>();
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add(new EventEnvelope(
                reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetGuid(4),
                new EventActor(reader.IsDBNull(5) ? null : reader.GetGuid(5), reader.GetString(6)),
                JsonSerializer.Deserialize<JsonElement>(reader.GetString(7))));
        }
        return batch;
    }

    private static async Task MarkPublishedAsync(
        UnitOfWork work, List<EventEnvelope> batch, List<string> entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Count == 0)
        {
            return;
        }
        await work.ExecuteAsync(
            """
            update event_outbox set published_at = $1, stream_entry_id = published.entry_id
            from unnest($2::uuid[], $3::text[]) as published (id, entry_id)
            where event_outbox.id = published.id
            """,
            cancellationToken,
            work.Now, batch.Take(entryIds.Count).Select(envelope => envelope.Id).ToArray(), entryIds.ToArray());
    }

    // The outbox keeps why the last attempt failed; exception messages name commands and servers, never the event's data.
    private static string Describe(Exception exception)
    {
        var description = $"{exception.GetType().Name}: {exception.Message}";
        return description.Length <= MaxErrorLength ? description : description[..MaxErrorLength];
    }
}

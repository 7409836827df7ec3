using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>
/// Reads a stream in a consumer group and hands each event to <typeparamref name="THandler"/>, acknowledging the entry
/// only after the handler's unit of work has committed. Entries left unacknowledged longer than
/// <see cref="EventConsumerOptions.ClaimIdleTime"/>, by a consumer that died or a handler that failed, are claimed again
/// (XAUTOCLAIM). Delivery is at least once; <c>processed_events</c>, written in the handler's transaction, makes the
/// handling happen once.
/// </summary>
internal sealed class EventConsumer<THandler>(
    NpgsqlDataSource dataSource, IConnectionMultiplexer redis, IServiceScopeFactory scopes, EventConsumerOptions options,
    EventRelaySignal relaySignal, TimeProvider clock, ILogger<EventConsumer<THandler>> logger) : BackgroundService
    where THandler : IEventHandler
{
    private RedisValue _claimCursor = "0-0";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = RetryForever.Create(options.Backoff, arguments =>
            logger.LogWarning(arguments.Outcome.Exception, "Consuming {Stream} as {ConsumerGroup} failed; trying again in {RetryDelay}",
                options.Stream, options.Group, arguments.RetryDelay));
        try
        {
            await retry.ExecuteAsync(CreateGroupAsync, stoppingToken);
            while (true)
            {
                if (await retry.ExecuteAsync(ConsumeBatchAsync, stoppingToken) == 0)
                {
                    await Task.Delay(options.PollInterval, clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping; unacknowledged entries are delivered again after the next start.
        }
    }

    /// <summary>From the stream's first entry, so a service that starts consuming later still sees the history Redis keeps.</summary>
    private async ValueTask CreateGroupAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase().StreamCreateConsumerGroupAsync(options.Stream, options.Group, StreamPosition.Beginning, createStream: true);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another replica, or an earlier start, created it.
        }
    }

    private async ValueTask<int> ConsumeBatchAsync(CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        try
        {
            var claimed = await database.StreamAutoClaimAsync(
                options.Stream, options.Group, options.Consumer, (long)options.ClaimIdleTime.TotalMilliseconds, _claimCursor, options.BatchSize);
            // The cursor walks the pending entries across rounds and returns to 0-0 at their end.
            _claimCursor = claimed.NextStartId;
            var fresh = await database.StreamReadGroupAsync(options.Stream, options.Group, options.Consumer, StreamPosition.NewMessages, options.BatchSize);
            var entries = claimed.ClaimedEntries.Where(entry => !entry.IsNull).Concat(fresh).ToList();
            foreach (var entry in entries)
            {
                await HandleEntryAsync(database, entry, cancellationToken);
            }
            return entries.Count;
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            // Redis lost the stream (a restart without persistence): the group is made again and reading goes on.
            await CreateGroupAsync(cancellationToken);
            return 0;
        }
    }

    private async Task HandleEntryAsync(IDatabase database, StreamEntry entry, CancellationToken cancellationToken)
    {
        EventEnvelope envelope;
        try
        {
            envelope = EventStreamEntry.FromFields(entry.Values);
        }
        catch (FormatException exception)
        {
            // It would never become readable; left pending it would be claimed again forever.
            logger.LogError(exception, "Entry {StreamEntryId} of {Stream} is not an event; acknowledged without handling", entry.Id, options.Stream);
            await database.StreamAcknowledgeAsync(options.Stream, options.Group, entry.Id);
            return;
        }
        if (await TryHandleAsync(envelope, cancellationToken))
        {
            await database.StreamAcknowledgeAsync(options.Stream, options.Group, entry.Id);
        }
    }

    private async Task<bool> TryHandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<THandler>();
            var actor = new RequestActor(envelope.Actor.Id, envelope.Actor.Name, envelope.TenantId, null, false);
            await using var work = await UnitOfWork.BeginAsync(dataSource, actor, clock, relaySignal, cancellationToken);
            // The row is the claim: a second delivery, even one running at the same moment on another replica, waits for
            // this transaction and then finds the event handled.
            var first = await work.ExecuteAsync(
                "insert into processed_events (tenant_id, event_id, type, processed_at) values ($1, $2, $3, $4) on conflict do nothing",
                cancellationToken, envelope.TenantId, envelope.Id, envelope.Type, work.Now) == 1;
            if (first)
            {
                await handler.HandleAsync(envelope, work, cancellationToken);
            }
            else
            {
                logger.LogDebug("Event {EventId} ({EventType}) from {Stream} was handled before", envelope.Id, envelope.Type, options.Stream);
            }
            await work.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Handling event {EventId} ({EventType}) from {Stream} failed; it is delivered again after {ClaimIdleTime}",
                envelope.Id, envelope.Type, options.Stream, options.ClaimIdleTime);
            return false;
        }
    }
}

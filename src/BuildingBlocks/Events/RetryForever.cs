using Polly;
using Polly.Retry;

namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>
/// The background jobs' answer to failure: wait, twice as long each time (with jitter, up to a ceiling), and try again,
/// for as long as the service runs. An outage of Redis or PostgreSQL delays events and never ends the job; only
/// stopping the service does.
/// </summary>
internal static class RetryForever
{
    public static ResiliencePipeline Create(RetryBackoff backoff, Action<OnRetryArguments<object>> onRetry) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is not null && !arguments.Context.CancellationToken.IsCancellationRequested),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = backoff.FirstDelay,
                MaxDelay = backoff.MaxDelay,
                OnRetry = arguments =>
                {
                    onRetry(arguments);
                    return default;
                },
            })
            .Build();
}

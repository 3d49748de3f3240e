using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace NewsSearch.Client.Resilience;

/// <summary>
/// Builds the client's pipeline, outermost first: total timeout, retry, circuit breaker, attempt
/// timeout. The breaker sits inside the retries so it sees every attempt; an open circuit is not
/// retried, so callers fail fast while it is open.
/// </summary>
internal static class NewsSearchResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, NewsSearchClientOptions options, TimeProvider time)
    {
        builder.TimeProvider = time;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.TotalTimeout });

        var retry = options.Retry;
        if (retry.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                UseJitter = retry.UseJitter,
                ShouldHandle = args => ValueTask.FromResult(TransientFailures.ShouldRetry(args.Outcome, retry.MaxRetryAfter, time)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterHeader.Read(args.Outcome.Result, time)),
            });
        }

        var breaker = options.CircuitBreaker;
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = breaker.SamplingDuration,
            BreakDuration = breaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(TransientFailures.IsTransient(args.Outcome)),
        });

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
    }
}

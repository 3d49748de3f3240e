using Npgsql;
using Polly;
using Polly.Retry;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// Retries of transient database errors (a host that went away, a standby cancelling a query during
/// replay, a failover in progress). Npgsql marks a failed host offline, so a retried read lands on
/// another host of the connection string.
/// </summary>
internal static class PostgresResilience
{
    public const int Attempts = 4;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);

    public static ResiliencePipeline Pipeline { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(IsTransient).Handle<TimeoutException>(),
            MaxRetryAttempts = Attempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = FirstDelay,
        })
        .Build();

    /// <summary>
    /// True for errors that a new attempt, maybe on another host, can get past: every error of the
    /// connection itself (no host answers, a reset, a timeout), and the server's own transient ones
    /// (shutting down, starting up, a standby cancelling a query during replay).
    /// </summary>
    public static bool IsTransient(NpgsqlException e) =>
        e.IsTransient
        || e is not PostgresException
        || e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.ReadOnlySqlTransaction };
}

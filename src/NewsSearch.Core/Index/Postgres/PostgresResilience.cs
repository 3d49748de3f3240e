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

    /// <summary>
    /// The retries for one multi-host data source. Npgsql keeps a failed host marked offline for its
    /// host recheck interval (10 s) and, when every host is so marked, fails at once without trying
    /// any: after a rolling restart (the standby back, then the primary stopped within those seconds)
    /// it would refuse while a node is up. So when an attempt tried no host at all, the marks are
    /// cleared before the next one, which then connects to whichever node answers.
    /// </summary>
    public static ResiliencePipeline For(NpgsqlMultiHostDataSource source) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(IsTransient).Handle<TimeoutException>(),
            MaxRetryAttempts = Attempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = FirstDelay,
            OnRetry = retry =>
            {
                if (retry.Outcome.Exception is NpgsqlException e && TriedNoHost(e))
                {
                    source.ClearDatabaseStates();
                }

                return default;
            },
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

    /// <summary>
    /// True when Npgsql gave up without trying a host: every host was marked offline (or of the wrong
    /// kind). A failed connection attempt carries the hosts' own errors as its inner exception instead.
    /// </summary>
    public static bool TriedNoHost(NpgsqlException e) =>
        e is not PostgresException && e.InnerException is null && e.Message.StartsWith("No suitable host", StringComparison.Ordinal);
}

namespace NewsSearch.Client.Resilience;

/// <summary>Defaults of <see cref="NewsSearchCircuitBreakerOptions"/>.</summary>
public static class CircuitBreakerDefaults
{
    /// <summary>Share of failed attempts in the sampling window that opens the circuit: 0.5.</summary>
    public const double FailureRatio = 0.5;

    /// <summary>Attempts the window must hold before the ratio counts: 20 (a short outage ridden over by retries does not open it).</summary>
    public const int MinimumThroughput = 20;

    /// <summary>Shortest sampling window or break accepted (Polly's lower bound), as text for <c>[Range]</c>.</summary>
    public const string MinDuration = "00:00:00.500";

    /// <summary>The window over which failures are counted: 30 s.</summary>
    public static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>How long calls fail fast once the circuit opens, before one trial call is let through: 5 s.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);
}

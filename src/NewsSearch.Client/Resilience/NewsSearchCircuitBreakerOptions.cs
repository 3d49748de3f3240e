using System.ComponentModel.DataAnnotations;

namespace NewsSearch.Client.Resilience;

/// <summary>
/// The circuit breaker: when too many attempts fail, calls fail fast with
/// <see cref="Errors.NewsSearchUnavailableException"/> without reaching the service, for <see cref="BreakDuration"/>.
/// It counts the same transient failures the retries handle, each attempt separately.
/// </summary>
public sealed class NewsSearchCircuitBreakerOptions
{
    /// <summary>Share of failed attempts in the window that opens the circuit, above 0 and up to 1.</summary>
    [Range(0.001, 1.0)]
    public double FailureRatio { get; set; } = CircuitBreakerDefaults.FailureRatio;

    /// <summary>Attempts the window must hold before the ratio counts (at least 2).</summary>
    [Range(2, int.MaxValue)]
    public int MinimumThroughput { get; set; } = CircuitBreakerDefaults.MinimumThroughput;

    /// <summary>The window over which failures are counted.</summary>
    [Range(typeof(TimeSpan), CircuitBreakerDefaults.MinDuration, NewsSearchClientDefaults.MaxTimeout, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan SamplingDuration { get; set; } = CircuitBreakerDefaults.SamplingDuration;

    /// <summary>How long the circuit stays open before a trial call is let through.</summary>
    [Range(typeof(TimeSpan), CircuitBreakerDefaults.MinDuration, NewsSearchClientDefaults.MaxTimeout, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan BreakDuration { get; set; } = CircuitBreakerDefaults.BreakDuration;
}

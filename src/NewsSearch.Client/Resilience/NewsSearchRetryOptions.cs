using System.ComponentModel.DataAnnotations;

namespace NewsSearch.Client.Resilience;

/// <summary>
/// Retries of transient failures: connection errors, attempt timeouts, 408, 429 and 5xx other than 501 and 505.
/// Delays grow exponentially with jitter; a Retry-After header, in seconds or as a date, is honoured instead.
/// Writes are retried too: the service's writes are idempotent.
/// </summary>
public sealed class NewsSearchRetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retries.</summary>
    [Range(0, RetryDefaults.MaxRetryAttemptsLimit)]
    public int MaxRetryAttempts { get; set; } = RetryDefaults.MaxRetryAttempts;

    /// <summary>Delay before the first retry; doubled for each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", NewsSearchClientDefaults.MaxTimeout, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan BaseDelay { get; set; } = RetryDefaults.BaseDelay;

    /// <summary>Longest computed delay between attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00", NewsSearchClientDefaults.MaxTimeout, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan MaxDelay { get; set; } = RetryDefaults.MaxDelay;

    /// <summary>Randomise delays so that many clients do not retry in step.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Longest Retry-After honoured; an answer asking for a longer wait is not retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00", NewsSearchClientDefaults.MaxTimeout, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan MaxRetryAfter { get; set; } = RetryDefaults.MaxRetryAfter;
}

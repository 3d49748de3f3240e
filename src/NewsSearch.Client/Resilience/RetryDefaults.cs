namespace NewsSearch.Client.Resilience;

/// <summary>Defaults of <see cref="NewsSearchRetryOptions"/>.</summary>
public static class RetryDefaults
{
    /// <summary>Retries after the first attempt: 5.</summary>
    public const int MaxRetryAttempts = 5;

    /// <summary>Most retries accepted.</summary>
    public const int MaxRetryAttemptsLimit = 100;

    /// <summary>Delay before the first retry, doubled for each further one (with jitter): 0.5 s.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest computed delay between attempts: 10 s.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    /// <summary>Longest Retry-After the client waits for; a longer one ends the call with the 429 or 503: 30 s.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);
}

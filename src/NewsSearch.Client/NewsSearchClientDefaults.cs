namespace NewsSearch.Client;

/// <summary>Default settings of <see cref="NewsSearchClientOptions"/> and the limits it accepts.</summary>
public static class NewsSearchClientDefaults
{
    /// <summary>The configuration section the client's settings live in by convention.</summary>
    public const string SectionName = "NewsSearch:Client";

    /// <summary>Name of the HTTP client and of the resilience pipeline it uses.</summary>
    public const string Name = "NewsSearch.Client";

    /// <summary>Shortest timeout accepted (Polly's lower bound), as text for <c>[Range]</c>.</summary>
    public const string MinTimeout = "00:00:00.010";

    /// <summary>Longest timeout or delay accepted, as text for <c>[Range]</c>.</summary>
    public const string MaxTimeout = "1.00:00:00";

    /// <summary>Time one request may take, body included: 30 s, enough for a write of a thousand articles.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Time a whole call may take, retries and their delays included: 2 minutes.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(2);
}

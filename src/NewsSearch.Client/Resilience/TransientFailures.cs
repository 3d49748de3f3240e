using System.Net;
using Polly;
using Polly.Timeout;

namespace NewsSearch.Client.Resilience;

/// <summary>Which outcomes are worth another attempt: failures of the network or of the moment, never of the request itself.</summary>
internal static class TransientFailures
{
    /// <summary>Connection errors, attempt timeouts, 408, 429 and 5xx except 501 and 505 (which a retry cannot fix).</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    /// <summary>As <see cref="IsTransient(Outcome{HttpResponseMessage})"/>, but not when the service asks for a longer wait than <paramref name="maxRetryAfter"/>.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time) =>
        IsTransient(outcome) && !(RetryAfterHeader.Read(outcome.Result, time) > maxRetryAfter);

    public static bool IsTransient(HttpStatusCode status) => status switch
    {
        HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => true,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
        _ => (int)status >= 500,
    };
}

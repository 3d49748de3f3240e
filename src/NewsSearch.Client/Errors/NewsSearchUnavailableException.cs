namespace NewsSearch.Client.Errors;

/// <summary>
/// The service could not be reached or did not answer in time, even after the configured retries,
/// or the circuit breaker is open after repeated failures and the call was not sent.
/// The <see cref="Exception.InnerException"/> holds the last cause.
/// </summary>
public sealed class NewsSearchUnavailableException : NewsSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, for a person to read.</param>
    /// <param name="attempts">Requests sent for the call, retries included.</param>
    /// <param name="innerException">The last cause: an <see cref="HttpRequestException"/>, a Polly timeout or broken-circuit exception.</param>
    public NewsSearchUnavailableException(string message, int attempts, Exception innerException)
        : base(message, attempts, innerException)
    {
    }
}

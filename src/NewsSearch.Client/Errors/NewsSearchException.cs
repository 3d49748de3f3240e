namespace NewsSearch.Client.Errors;

/// <summary>A NewsSearch call failed: the service refused it (<see cref="NewsSearchApiException"/>) or could not be reached in time (<see cref="NewsSearchUnavailableException"/>).</summary>
public abstract class NewsSearchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, for a person to read.</param>
    /// <param name="attempts">Requests sent for the call, retries included (0 when none could be sent).</param>
    /// <param name="innerException">The cause, if any.</param>
    protected NewsSearchException(string message, int attempts, Exception? innerException)
        : base(message, innerException) => Attempts = attempts;

    /// <summary>Requests sent for the call, retries included (0 when none could be sent, e.g. with the circuit open).</summary>
    public int Attempts { get; }
}

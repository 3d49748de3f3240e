namespace NewsSearch.Core.Index;

/// <summary>
/// The index cannot take writes now (for PostgreSQL: no primary answers, or it was lost during the
/// write). The same writes can be sent again later, after <see cref="RetryAfter"/>: they are idempotent.
/// </summary>
public sealed class IndexUnavailableException : Exception
{
    /// <summary>The wait suggested to callers before they try again.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Creates the exception with its cause.</summary>
    public IndexUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public IndexUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public IndexUnavailableException()
    {
    }

    /// <summary>How long a caller should wait before writing again.</summary>
    public TimeSpan RetryAfter { get; init; } = DefaultRetryAfter;
}

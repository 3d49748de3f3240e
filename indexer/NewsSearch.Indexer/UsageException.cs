namespace NewsSearch.Indexer;

/// <summary>A problem the user can fix; printed without a stack trace.</summary>
internal sealed class UsageException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

namespace NewsSearch.Indexer;

/// <summary>Process exit codes of the indexer CLI.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int IndexUnusable = 3;
    public const int NotFound = 4;

    /// <summary><c>check</c> found the index damaged.</summary>
    public const int Damaged = 5;

    /// <summary>The disk holding the index filled up; the index keeps its last commit.</summary>
    public const int DiskFull = 6;
    public const int Cancelled = 130;
}

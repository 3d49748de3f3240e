namespace NewsSearch.Core.Indexing;

/// <summary>How an indexing run behaves.</summary>
public sealed record IndexingOptions
{
    /// <summary>Articles per write transaction: large enough to amortise commits, small enough that a kill loses little.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>Remove the articles of files indexed before but not seen in this run.</summary>
    public bool Prune { get; init; }

    /// <summary>Threads that clean, tag and analyze (default: one per core).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles per write transaction.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;
}

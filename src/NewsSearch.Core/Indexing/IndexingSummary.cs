namespace NewsSearch.Core.Indexing;

/// <summary>What an indexing run did.</summary>
public sealed record IndexingSummary
{
    /// <summary>New articles.</summary>
    public long Added { get; init; }

    /// <summary>Articles whose content changed.</summary>
    public long Updated { get; init; }

    /// <summary>Articles already indexed with the same content (including those in unchanged files).</summary>
    public long Unchanged { get; init; }

    /// <summary>Articles removed because their file changed, disappeared (with prune) or no longer holds them.</summary>
    public long Removed { get; init; }

    /// <summary>Files skipped whole because their content hash is unchanged.</summary>
    public int UnchangedFiles { get; init; }

    /// <summary>Files read.</summary>
    public int FilesRead { get; init; }

    /// <summary>Files, lines or articles not indexed, with reasons.</summary>
    public IReadOnlyList<SkippedItem> Skipped { get; init; } = [];

    /// <summary>Things indexed with a caveat (e.g. a truncated file, an unparseable date).</summary>
    public IReadOnlyList<SkippedItem> Warnings { get; init; } = [];

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Articles written (added or updated).</summary>
    public long Indexed => Added + Updated;

    /// <summary>Articles handled per second (written, unchanged or skipped after reading).</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? (Added + Updated) / Elapsed.TotalSeconds : 0;
}

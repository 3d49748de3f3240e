namespace NewsSearch.Core.Indexing;

/// <summary>The running totals of one indexing run. Only the writer thread touches them, except <see cref="Seen"/> (the reader's, read after it ends).</summary>
internal sealed class IndexingRun(IndexingOptions options, IProgress<IndexingProgress>? progress)
{
    public IndexingOptions Options { get; } = options;

    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    // 64-bit hashes of the ids written in this run, not the ids: memory stays small at millions of
    // articles; a hit is confirmed against the index, so a hash collision costs a lookup, not an article.
    public HashSet<ulong> WrittenIds { get; } = [];

    public static ulong IdHash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    public List<SkippedItem> Skipped { get; } = [];

    public List<SkippedItem> Warnings { get; } = [];

    public int FilesTotal { get; set; }

    public int FilesDone { get; set; }

    public int FilesRead { get; set; }

    public int UnchangedFiles { get; set; }

    public long Added { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Removed { get; set; }

    public void ReportProgress() => progress?.Report(new IndexingProgress(FilesDone, FilesTotal, Added + Updated + Unchanged + Skipped.Count));

    public IndexingSummary Summary(TimeSpan elapsed) => new()
    {
        Added = Added,
        Updated = Updated,
        Unchanged = Unchanged,
        Removed = Removed,
        UnchangedFiles = UnchangedFiles,
        FilesRead = FilesRead,
        Skipped = Skipped,
        Warnings = Warnings,
        Elapsed = elapsed,
    };
}

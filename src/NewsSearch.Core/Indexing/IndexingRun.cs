namespace NewsSearch.Core.Indexing;

/// <summary>The running totals of one indexing run. Only the writer thread touches them, except <see cref="Seen"/> (the reader's, read after it ends).</summary>
internal sealed class IndexingRun(IndexingOptions options, IProgress<IndexingProgress>? progress)
{
    public IndexingOptions Options { get; } = options;

    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> FirstOrigin { get; } = new(StringComparer.Ordinal);

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

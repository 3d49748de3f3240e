using NewsSearch.Core.Index;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// What the reading and analysis stages tell the writer. The reader numbers every message in file
/// order; the writer handles them in that order whatever order the analysis threads finish in, so
/// a run is repeatable (which of two duplicates is kept, the order of rows and reports).
/// </summary>
internal abstract record WriterMessage(long Sequence);

internal sealed record ArticlePrepared(long Sequence, FileState File, IndexedArticle Article) : WriterMessage(Sequence);

/// <summary>An article the index already holds with the same content: nothing to analyze or write.</summary>
internal sealed record ArticleStored(long Sequence, FileState File, Articles.Article Article, string ContentHash) : WriterMessage(Sequence);

internal sealed record ArticleFailed(long Sequence, FileState File, SkippedItem Item) : WriterMessage(Sequence);

internal sealed record FileRead(long Sequence, FileState File, bool SkippedWhole) : WriterMessage(Sequence);

internal sealed record FileUnchanged(long Sequence, int ArticleCount) : WriterMessage(Sequence);

internal sealed record FileSkipped(long Sequence, SkippedItem Item) : WriterMessage(Sequence);

internal sealed record Problem(long Sequence, SkippedItem Item, bool Skipped) : WriterMessage(Sequence);

/// <summary>An article on its way to analysis, with its place in the run.</summary>
internal readonly record struct PendingArticle(long Sequence, FileState File, Articles.Article Article);

/// <summary>A file in flight: complete once it has been read whole and all its articles written.</summary>
internal sealed class FileState(string path, string hash)
{
    public string Path { get; } = path;

    public string Hash { get; } = hash;

    public int Expected { get; set; }

    public int Done { get; set; }

    public bool ReadComplete { get; set; }

    public bool SkippedWhole { get; set; }

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
}

using NewsSearch.Core.Index;

namespace NewsSearch.Core.Indexing;

/// <summary>What the reading and analysis stages tell the writer.</summary>
internal abstract record WriterMessage;

internal sealed record ArticlePrepared(FileState File, IndexedArticle Article) : WriterMessage;

internal sealed record ArticleFailed(FileState File, SkippedItem Item) : WriterMessage;

internal sealed record FileRead(FileState File, bool SkippedWhole) : WriterMessage;

internal sealed record FileUnchanged(int ArticleCount) : WriterMessage;

internal sealed record FileSkipped(SkippedItem Item) : WriterMessage;

internal sealed record Problem(SkippedItem Item, bool Skipped) : WriterMessage;

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

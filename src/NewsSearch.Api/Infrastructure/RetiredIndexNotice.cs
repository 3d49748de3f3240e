using NewsSearch.Core.Index;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// Tells an operator upgrading from the SQLite engine what became of their index: the file
/// <c>news.db</c> beside a Lucene.Net index directory that does not exist yet is the old index,
/// which nothing reads any more. There is no migration; the index is rebuilt from the articles.
/// </summary>
public static partial class RetiredIndexNotice
{
    /// <summary>The old engine's default file name.</summary>
    public const string RetiredFileName = "news.db";

    /// <summary>The retired index file the service would otherwise silently ignore, or null when there is none.</summary>
    public static string? RetiredFile(NewsSearchOptions options)
    {
        if (options.Engine != ArticleIndexes.Lucene)
        {
            return null;
        }

        var index = Path.GetFullPath(options.IndexPath);
        var file = Path.Combine(Path.GetDirectoryName(index) ?? index, RetiredFileName);
        return !Directory.Exists(index) && File.Exists(file) ? file : null;
    }

    /// <summary>Logs the one line, before the index directory is created, when there is a retired file.</summary>
    public static void LogIfRetired(NewsSearchOptions options, ILogger logger)
    {
        if (RetiredFile(options) is { } file)
        {
            LogRetired(logger, file, Path.GetFullPath(options.IndexPath));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} is an index of the SQLite engine, which NewsSearch no longer has: the engine is now Lucene.Net, "
        + "with its index in {IndexPath}, built from NewsSearch:CorpusPath when missing (or run: indexer index <corpus folder> --db <IndexPath>); "
        + "delete the old file once the new index holds your articles")]
    private static partial void LogRetired(ILogger logger, string file, string indexPath);
}

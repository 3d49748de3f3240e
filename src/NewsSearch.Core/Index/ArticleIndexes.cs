using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Index.Postgres;

namespace NewsSearch.Core.Index;

/// <summary>The engines an index can live in, chosen by name in configuration and on the command line.</summary>
public static class ArticleIndexes
{
    /// <summary>Lucene.Net, embedded, the default: the location is the index directory.</summary>
    public const string Lucene = "lucene";

    /// <summary>PostgreSQL, the scale-out engine, one host or a primary with standbys; the location is an Npgsql connection string.</summary>
    public const string Postgres = "postgres";

    /// <summary>Every engine name, for validation and help; the default first.</summary>
    public static IReadOnlyList<string> Engines { get; } = [Lucene, Postgres];

    /// <summary>
    /// False when <paramref name="location"/> certainly holds no index of <paramref name="engine"/>
    /// (a Lucene directory that is missing or has no commit), so a command that only reads can say so
    /// instead of creating an empty one. A PostgreSQL location is only known by connecting: true.
    /// </summary>
    public static bool MayExist(string engine, string location)
    {
        if (!string.Equals(engine, Lucene, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!System.IO.Directory.Exists(location))
        {
            return false;
        }

        using var directory = global::Lucene.Net.Store.FSDirectory.Open(location);
        return global::Lucene.Net.Index.DirectoryReader.IndexExists(directory);
    }

    /// <summary>
    /// Opens (creating when missing) the index of <paramref name="engine"/> at <paramref name="location"/>.
    /// <paramref name="segmenter"/> is the one asked for (null: none asked, the index's own or the engine's default).
    /// </summary>
    /// <exception cref="ArgumentException">The engine is not one of <see cref="Engines"/>, or cannot use the segmenter (<see cref="IndexAnalyzers.Refusal"/>).</exception>
    public static IArticleIndex Open(string engine, string location, bool rebuild = false, string? segmenter = null)
    {
        if (IndexAnalyzers.Refusal(engine, segmenter) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(segmenter));
        }

        return engine.ToLowerInvariant() switch
        {
            Postgres => PostgresArticleIndex.Open(location, rebuild),
            Lucene => LuceneArticleIndex.Open(location, rebuild, segmenter),
            _ => throw new ArgumentException($"Unknown engine '{engine}'; use {string.Join(" or ", Engines)}.", nameof(engine)),
        };
    }
}

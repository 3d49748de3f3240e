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

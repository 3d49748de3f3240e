using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Postgres;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Indexer;

/// <summary>The Core services a command needs, opened once and released together.</summary>
internal sealed class Workspace : IDisposable
{
    private Workspace(IArticleIndex index, Analyzer analyzer, FacetVocabulary vocabulary)
    {
        Index = index;
        Analyzer = analyzer;
        Vocabulary = vocabulary;
    }

    public IArticleIndex Index { get; }

    public Analyzer Analyzer { get; }

    public FacetVocabulary Vocabulary { get; }

    /// <summary>
    /// Opens the index and an analyzer with the segmenter it was built with (<paramref name="segmenter"/>
    /// is the one writes ask for); errors that a user can fix become <see cref="UsageException"/>.
    /// </summary>
    public static Workspace Open(string engine, string database, string? taxonomy, string? segmenter, bool rebuild = false) =>
        Open(engine, database, taxonomy, segmenter, rebuild, mustExist: false);

    /// <summary>
    /// Opens an index that must already exist, for commands that only read it: a missing one is an
    /// error naming the path and the command that builds it, and nothing is created.
    /// </summary>
    public static Workspace OpenExisting(string engine, string database, string? taxonomy, string? segmenter) =>
        Open(engine, database, taxonomy, segmenter, rebuild: false, mustExist: true);

    private static Workspace Open(string engine, string database, string? taxonomy, string? segmenter, bool rebuild, bool mustExist)
    {
        if (mustExist && ArticleIndexes.Engines.Contains(engine.ToLowerInvariant()) && !ArticleIndexes.MayExist(engine, database))
        {
            throw new UsageException($"there is no index at {database}; build one with: indexer index CORPUS --db {database}", ExitCodes.NotFound);
        }

        if (IndexAnalyzers.Refusal(engine, segmenter) is { } refusal)
        {
            throw new UsageException(refusal, ExitCodes.Usage);
        }

        FacetVocabulary vocabulary;
        try
        {
            vocabulary = taxonomy is null ? FacetVocabulary.Default : FacetVocabulary.Load(taxonomy);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot load taxonomy {taxonomy}: {e.Message}", ExitCodes.Usage);
        }

        IArticleIndex index;
        try
        {
            index = ArticleIndexes.Open(engine, database, rebuild, segmenter);
        }
        catch (IndexVersionException e)
        {
            throw new UsageException(e.Message, ExitCodes.IndexUnusable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or ArgumentException)
        {
            throw new UsageException($"cannot open the {engine} index {(engine == ArticleIndexes.Postgres ? PostgresArticleIndex.Describe(database) : database)}: {e.Message}", ExitCodes.IndexUnusable);
        }

        return new Workspace(index, IndexAnalyzers.For(index), vocabulary);
    }

    public void Dispose()
    {
        Index.Dispose();
        Analyzer.Dispose();
    }
}

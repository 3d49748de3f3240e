using System.CommandLine;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;

namespace NewsSearch.Indexer;

/// <summary>Options every command that touches an index shares.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "data/news.db";

    /// <summary>The index directory of the lucene engine when --db is not given.</summary>
    public const string DefaultIndexDirectory = "data/index";

    public static Option<string> Database() => new("--db")
    {
        Description = "The index file; with --engine lucene, the index directory (default: " + DefaultIndexDirectory + "); " +
            "with --engine postgres, the Npgsql connection string (several hosts: the primary and its standbys)",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    /// <summary>Where the index is: --db as given, or the engine's own default when it was left out.</summary>
    public static string Location(ParseResult parse, Option<string> engine, Option<string> database) =>
        parse.GetResult(database) is { Implicit: false } || parse.GetValue(engine) != ArticleIndexes.Lucene
            ? parse.GetValue(database)!
            : DefaultIndexDirectory;

    public static Option<string> Engine()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "Where the index lives: sqlite (a file, the default), postgres or lucene (a directory)",
            DefaultValueFactory = _ => ArticleIndexes.Sqlite,
        };
        engine.AcceptOnlyFromAmong([.. ArticleIndexes.Engines]);
        return engine;
    }

    public static Option<string?> Segmenter()
    {
        var segmenter = new Option<string?>("--segmenter")
        {
            Description = "Word segmenter for writes: smartcn or icu (default: the one the index records; a new index: smartcn " +
                "with --engine lucene, else icu). Searches always analyze as the index was built",
        };
        segmenter.AcceptOnlyFromAmong([.. WordSegmenters.Names]);
        return segmenter;
    }

    public static Option<string?> Taxonomy() => new("--taxonomy")
    {
        Description = "Facet vocabulary file (default: the taxonomy built into NewsSearch, corpus/taxonomy.json)",
    };
}

using System.CommandLine;
using NewsSearch.Core.Index;

namespace NewsSearch.Indexer;

/// <summary>Options every command that touches an index shares.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "data/news.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The index file; with --engine postgres, the Npgsql connection string (several hosts: the primary and its standbys)",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string> Engine()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "Where the index lives: sqlite (a file, the default) or postgres",
            DefaultValueFactory = _ => ArticleIndexes.Sqlite,
        };
        engine.AcceptOnlyFromAmong([.. ArticleIndexes.Engines]);
        return engine;
    }

    public static Option<string?> Taxonomy() => new("--taxonomy")
    {
        Description = "Facet vocabulary file (default: the taxonomy built into NewsSearch, corpus/taxonomy.json)",
    };
}

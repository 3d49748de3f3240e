using System.CommandLine;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;

namespace NewsSearch.Indexer;

/// <summary>Options every command that touches an index shares.</summary>
internal static class CommonOptions
{
    /// <summary>The index directory of the lucene engine when --db is not given.</summary>
    public const string DefaultIndexDirectory = "data/index";

    public static Option<string> Database() => new("--db")
    {
        Description = "The index directory (default: " + DefaultIndexDirectory + "); " +
            "with --engine postgres, the Npgsql connection string (several hosts: the primary and its standbys)",
        DefaultValueFactory = _ => DefaultIndexDirectory,
    };

    public static Option<string> Engine()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "Where the index lives: lucene (a directory, the default) or postgres",
            DefaultValueFactory = _ => ArticleIndexes.Lucene,
        };
        engine.AcceptOnlyFromAmong([.. ArticleIndexes.Engines]);
        return engine;
    }

    public static Option<string?> Segmenter()
    {
        var segmenter = new Option<string?>("--segmenter")
        {
            Description = "Word segmenter for writes: smartcn or icu (default: the one the index records; a new index: smartcn " +
                "with --engine lucene, icu with postgres). Searches always analyze as the index was built",
        };
        segmenter.AcceptOnlyFromAmong([.. WordSegmenters.Names]);
        return segmenter;
    }

    public static Option<string?> Taxonomy() => new("--taxonomy")
    {
        Description = "Facet vocabulary file (default: the taxonomy built into NewsSearch, corpus/taxonomy.json)",
    };
}

using System.CommandLine;

namespace NewsSearch.Indexer;

/// <summary>Options every command that touches an index shares.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "data/news.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The index file",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string?> Taxonomy() => new("--taxonomy")
    {
        Description = "Facet vocabulary file (default: the taxonomy built into NewsSearch, corpus/taxonomy.json)",
    };
}

using NewsSearch.Core.Articles;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index;

/// <summary>
/// The full-text engine behind NewsSearch: stores articles with their analyzed text and answers
/// matches. Everything above it (query language, facets, snippets) is engine-neutral.
/// </summary>
public interface IArticleIndex : IDisposable
{
    /// <summary>Where the index lives, for messages.</summary>
    string Location { get; }

    /// <summary>Changes whenever any writer (this process or another) commits; cheap to read.</summary>
    long Generation { get; }

    /// <summary>Starts an atomic batch of writes; nothing is visible to readers until it commits.</summary>
    IIndexBatch BeginBatch();

    /// <summary>The stored article with this id, or null.</summary>
    Article? Find(string id);

    /// <summary>The stored articles for these internal keys, in the same order (missing keys are skipped).</summary>
    IReadOnlyList<Article> Fetch(IReadOnlyList<long> keys);

    /// <summary>Content hashes of the given ids that exist, for skipping unchanged articles.</summary>
    IReadOnlyDictionary<string, string> ContentHashes(IReadOnlyCollection<string> ids);

    /// <summary>The files indexed so far with their content hashes.</summary>
    IReadOnlyDictionary<string, SourceFileRecord> SourceFiles();

    /// <summary>Loads the facet and filter data of every article, for in-memory facet counting.</summary>
    ArticleCatalog LoadCatalog();

    /// <summary>All articles matching <paramref name="query"/>, with a relevance score (higher is better) and whether they matched on whole words.</summary>
    IReadOnlyList<ScoredMatch> Match(ParsedQuery query);

    /// <summary>Runs the engine's own consistency checks; returns the problems found (empty when healthy).</summary>
    IReadOnlyList<string> CheckIntegrity();
}

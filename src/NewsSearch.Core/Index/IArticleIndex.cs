using NewsSearch.Core.Articles;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index;

/// <summary>
/// The full-text engine behind NewsSearch: stores articles with their analyzed text and answers
/// matches. Everything above it (query language, facets, snippets) is engine-neutral.
/// </summary>
public interface IArticleIndex : IDisposable
{
    /// <summary>
    /// The engine's name, one of <see cref="ArticleIndexes.Engines"/>: says which engine answers,
    /// whatever the configuration asked for.
    /// </summary>
    string Engine { get; }

    /// <summary>Where the index lives, for messages and health: never a password.</summary>
    string Location { get; }

    /// <summary>
    /// The word segmenter (as in <see cref="Analysis.WordSegmenters"/>) this index's text is analyzed
    /// with, for documents and queries alike: the one it records (Lucene.Net), else the one it was
    /// opened with, else its engine's default. Build analyzers with <see cref="IndexAnalyzers.For"/>.
    /// </summary>
    string Segmenter { get; }

    /// <summary>Changes whenever any writer (this process or another) commits; cheap to read.</summary>
    long Generation { get; }

    /// <summary>Starts an atomic batch of writes; nothing is visible to readers until it commits.</summary>
    /// <exception cref="SegmenterMismatchException">The index was opened with another segmenter than the one it records.</exception>
    IIndexBatch BeginBatch();

    /// <summary>The stored article with this id, or null.</summary>
    Article? Find(string id);

    /// <summary>The reprint group of the article with this id (itself included), or null when there is no such article.</summary>
    ReprintGroup? ReprintGroupOf(string id);

    /// <summary>
    /// The stored articles for these internal keys (keys no longer stored are absent), with their
    /// <see cref="Article.Origin"/> unless <paramref name="withOrigin"/> is false (a page of hits shows
    /// none, and an engine may keep it apart from the article).
    /// </summary>
    IReadOnlyDictionary<long, Article> Fetch(IReadOnlyList<long> keys, bool withOrigin = true);

    /// <summary>Content hashes of the given ids that exist, for skipping unchanged articles.</summary>
    IReadOnlyDictionary<string, string> ContentHashes(IReadOnlyCollection<string> ids);

    /// <summary>The files indexed so far with their content hashes.</summary>
    IReadOnlyDictionary<string, SourceFileRecord> SourceFiles();

    /// <summary>Loads the facet and filter data of every article, for in-memory facet counting.</summary>
    ArticleCatalog LoadCatalog();

    /// <summary>
    /// All articles matching <paramref name="query"/>; with <paramref name="scored"/>, each with its
    /// relevance (higher is better) and whether it matched on whole words (else scores are 0).
    /// </summary>
    IReadOnlyList<ScoredMatch> Match(ParsedQuery query, bool scored = true);

    /// <summary>
    /// Hands every article matching <paramref name="query"/> to <paramref name="visit"/> as its slot in
    /// <paramref name="catalog"/> (one from <see cref="LoadCatalog"/>), in no particular order, with what
    /// <see cref="Match(ParsedQuery, bool)"/> gives; articles written since the catalog was loaded are
    /// skipped. An engine whose catalog follows its reader maps matches to slots without a lookup by key.
    /// </summary>
    void Match(ParsedQuery query, bool scored, ArticleCatalog catalog, MatchVisitor visit)
    {
        foreach (var match in Match(query, scored))
        {
            var slot = catalog.SlotOf(match.Key);
            if (slot >= 0)
            {
                visit(slot, match.Score, match.OnWords);
            }
        }
    }

    /// <summary>
    /// How many occurrences of <paramref name="highlights"/> (folded strings, as
    /// <see cref="ParsedQuery.Highlights"/>) each article of <paramref name="catalog"/> holds in its body,
    /// by slot, counted exactly as the text scan of the concordance counts them (overlapping ones once);
    /// or null when this engine cannot count these highlights exactly from its index, and the caller
    /// reads the text instead (the default).
    /// </summary>
    int[]? BodyOccurrences(IReadOnlyList<string> highlights, ArticleCatalog catalog) => null;

    /// <summary>
    /// For each of <paramref name="words"/>, the number of articles holding it as a whole word in
    /// their title or body; words no article holds are absent.
    /// </summary>
    IReadOnlyDictionary<string, int> DocumentFrequencies(IReadOnlyCollection<string> words);

    /// <summary>
    /// The distinct words of each article's title and body (the analyzer's dictionary words, folded,
    /// as <see cref="Analysis.Analyzer.Analyze"/> gives them), read back from what the engine kept
    /// when it indexed the articles, so they need not be analyzed again; null when the engine keeps
    /// none (the default), and an article's entry is null when it was indexed before the engine kept
    /// them: analyze the text then.
    /// </summary>
    KeptWords? ArticleWords(IReadOnlyList<long> keys) => null;

    /// <summary>
    /// Articles holding any of <paramref name="words"/> as a whole word in their title or body, best
    /// first (relevance higher is better), at most <paramref name="limit"/> of them.
    /// </summary>
    IReadOnlyList<ScoredMatch> MatchAnyWord(IReadOnlyCollection<string> words, int limit);

    /// <summary>
    /// Title words starting with the folded <paramref name="prefix"/>, with the number of articles
    /// whose title holds each, most articles first, at most <paramref name="limit"/> of them.
    /// </summary>
    IReadOnlyList<WordCount> TitleWordsStartingWith(string prefix, int limit);

    /// <summary>Runs the engine's own consistency checks; returns the problems found (empty when healthy).</summary>
    IReadOnlyList<string> CheckIntegrity();
}

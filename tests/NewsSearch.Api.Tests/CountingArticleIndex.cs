using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Tests;

/// <summary>An index that passes everything to the real one and counts the article reads.</summary>
public sealed class CountingArticleIndex(IArticleIndex inner) : IArticleIndex
{
    private int _fetches;
    private int _fetched;

    public int Fetches => Volatile.Read(ref _fetches);

    public int Fetched => Volatile.Read(ref _fetched);

    public string Engine => inner.Engine;

    public string Location => inner.Location;

    public string Segmenter => inner.Segmenter;

    public long Generation => inner.Generation;

    public IReadOnlyDictionary<long, Article> Fetch(IReadOnlyList<long> keys)
    {
        Interlocked.Increment(ref _fetches);
        Interlocked.Add(ref _fetched, keys.Count);
        return inner.Fetch(keys);
    }

    public IIndexBatch BeginBatch() => inner.BeginBatch();

    public Article? Find(string id) => inner.Find(id);

    public IReadOnlyDictionary<string, string> ContentHashes(IReadOnlyCollection<string> ids) => inner.ContentHashes(ids);

    public IReadOnlyDictionary<string, SourceFileRecord> SourceFiles() => inner.SourceFiles();

    public ArticleCatalog LoadCatalog() => inner.LoadCatalog();

    public IReadOnlyList<ScoredMatch> Match(ParsedQuery query, bool scored = true) => inner.Match(query, scored);

    public IReadOnlyDictionary<string, int> DocumentFrequencies(IReadOnlyCollection<string> words) => inner.DocumentFrequencies(words);

    public IReadOnlyList<ScoredMatch> MatchAnyWord(IReadOnlyCollection<string> words, int limit) => inner.MatchAnyWord(words, limit);

    public IReadOnlyList<WordCount> TitleWordsStartingWith(string prefix, int limit) => inner.TitleWordsStartingWith(prefix, limit);

    public ReprintGroup? ReprintGroupOf(string id) => inner.ReprintGroupOf(id);

    public IReadOnlyList<string> CheckIntegrity() => inner.CheckIntegrity();

    public void Dispose() => inner.Dispose();
}

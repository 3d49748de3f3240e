using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Tests;

/// <summary>
/// An index that passes everything to the real one and counts the article reads; a test can also hold
/// reads back, to see what the service sends while it cannot read on.
/// </summary>
public sealed class CountingArticleIndex(IArticleIndex inner) : IArticleIndex
{
    private static readonly TimeSpan HoldLimit = TimeSpan.FromSeconds(60);

    private int _fetches;
    private int _fetched;
    private Hold? _hold;

    public int Fetches => Volatile.Read(ref _fetches);

    public int Fetched => Volatile.Read(ref _fetched);

    /// <summary>
    /// Until the result is disposed, a read after the <paramref name="allowed"/>-th from now waits
    /// (at most a minute, then fails, so a forgotten hold cannot hang the service).
    /// </summary>
    public IDisposable HoldFetchesAfter(int allowed)
    {
        var hold = new Hold(this, Fetches + allowed);
        Volatile.Write(ref _hold, hold);
        return hold;
    }

    public string Engine => inner.Engine;

    public string Location => inner.Location;

    public string Segmenter => inner.Segmenter;

    public long Generation => inner.Generation;

    public IReadOnlyDictionary<long, Article> Fetch(IReadOnlyList<long> keys, bool withOrigin = true)
    {
        var number = Interlocked.Increment(ref _fetches);
        if (Volatile.Read(ref _hold) is { } hold && number > hold.Allowed && !hold.Released.Wait(HoldLimit))
        {
            throw new TimeoutException($"read {number} was held for {HoldLimit.TotalSeconds} s and never released");
        }

        Interlocked.Add(ref _fetched, keys.Count);
        return inner.Fetch(keys, withOrigin);
    }

    public IIndexBatch BeginBatch() => inner.BeginBatch();

    public Article? Find(string id) => inner.Find(id);

    public IReadOnlyDictionary<string, string> ContentHashes(IReadOnlyCollection<string> ids) => inner.ContentHashes(ids);

    public IReadOnlyDictionary<string, SourceFileRecord> SourceFiles() => inner.SourceFiles();

    public ArticleCatalog LoadCatalog() => inner.LoadCatalog();

    public IReadOnlyList<ScoredMatch> Match(ParsedQuery query, bool scored = true) => inner.Match(query, scored);

    public IReadOnlyDictionary<string, int> DocumentFrequencies(IReadOnlyCollection<string> words) => inner.DocumentFrequencies(words);

    public KeptWords? ArticleWords(IReadOnlyList<long> keys) => inner.ArticleWords(keys);

    public IReadOnlyList<ScoredMatch> MatchAnyWord(IReadOnlyCollection<string> words, int limit) => inner.MatchAnyWord(words, limit);

    public IReadOnlyList<WordCount> TitleWordsStartingWith(string prefix, int limit) => inner.TitleWordsStartingWith(prefix, limit);

    public ReprintGroup? ReprintGroupOf(string id) => inner.ReprintGroupOf(id);

    public IReadOnlyList<string> CheckIntegrity() => inner.CheckIntegrity();

    public void Dispose() => inner.Dispose();

    private sealed class Hold(CountingArticleIndex index, int allowed) : IDisposable
    {
        public int Allowed { get; } = allowed;

        public ManualResetEventSlim Released { get; } = new();

        public void Dispose()
        {
            Interlocked.CompareExchange(ref index._hold, null, this);
            Released.Set();
        }
    }
}

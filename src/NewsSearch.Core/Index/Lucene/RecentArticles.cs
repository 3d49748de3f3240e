using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The articles of one reader read last, by catalog slot, so a page shown again (the newest articles,
/// a popular query's first page) skips decompressing and decoding their stored text. Direct-mapped:
/// each slot has one place, a newer article evicts the one there; no lock, as a place holds one
/// immutable entry replaced whole. It lives and dies with its reader, so it never holds a stale article.
/// </summary>
internal sealed class RecentArticles
{
    // 4,096 articles of a few thousand characters: some tens of megabytes at most.
    private const int Places = 4096;

    private readonly Entry?[] _entries = new Entry?[Places];

    /// <summary>The article of <paramref name="slot"/> when it was read recently, else null.</summary>
    public Article? Get(int slot) => Volatile.Read(ref _entries[slot & (Places - 1)]) is { } entry && entry.Slot == slot ? entry.Article : null;

    /// <summary>Keeps <paramref name="article"/> as the one of <paramref name="slot"/> and returns it.</summary>
    public Article Keep(int slot, Article article)
    {
        Volatile.Write(ref _entries[slot & (Places - 1)], new Entry(slot, article));
        return article;
    }

    private sealed record Entry(int Slot, Article Article);
}

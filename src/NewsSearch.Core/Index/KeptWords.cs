namespace NewsSearch.Core.Index;

/// <summary>
/// The words an engine kept of some articles when it indexed them (<see cref="IArticleIndex.ArticleWords"/>):
/// one vocabulary for all of them, and each article's distinct words of title and body as positions
/// in it, so that counting words over many articles never hashes a string per article.
/// </summary>
/// <param name="Vocabulary">Every word any of the articles holds, folded, each once.</param>
/// <param name="Articles">
/// By internal key, the article's distinct words as indexes into <paramref name="Vocabulary"/>; null for
/// an article the engine kept no words for (indexed before it kept them): analyze its text. Keys no
/// longer stored are absent.
/// </param>
public sealed record KeptWords(IReadOnlyList<string> Vocabulary, IReadOnlyDictionary<long, int[]?> Articles)
{
    /// <summary>The words of one article as strings (for tests and small callers).</summary>
    public IEnumerable<string>? WordsOf(long key) =>
        Articles.TryGetValue(key, out var ids) && ids is not null ? ids.Select(id => Vocabulary[id]) : null;
}

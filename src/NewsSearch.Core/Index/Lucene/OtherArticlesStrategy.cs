using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// How the second pass of a scored search reaches the articles the whole-word pass did not match.
/// Most of a segment left: as accepted documents of the postings, so a phrase's positions are read
/// only there. Few left (a common word matched nearly everything as a word): the set leads and the
/// query jumps to each of its articles, instead of walking postings that hold every article.
/// </summary>
internal sealed class OtherArticlesStrategy : FilteredQuery.RandomAccessFilterStrategy
{
    // Below one article in eight, jumping (a skip-list search per article) beats a walk of the postings.
    private const int SparseRatio = 8;

    public static OtherArticlesStrategy Instance { get; } = new();

    protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) =>
        bits is not FixedBitSet set || set.Cardinality * (long)SparseRatio >= set.Length;
}

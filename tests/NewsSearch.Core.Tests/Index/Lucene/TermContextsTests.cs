using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Index.Lucene;

namespace NewsSearch.Core.Tests.Index.Lucene;

/// <summary>
/// A reader's kept term lookups: a query built on one finds exactly what Lucene's own term query
/// finds, with the same scores, in an index of several segments with deletions; a term asked for
/// again is not looked up again; and the set stays within its bound however many terms are asked.
/// </summary>
public sealed class TermContextsTests(SegmentSearchTests.SegmentedIndex segmented) : IClassFixture<SegmentSearchTests.SegmentedIndex>
{
    public static TheoryData<string, string> Terms => new()
    {
        { ArticleFields.BodyWords, "苏州" },
        { ArticleFields.BodyWords, "新加坡" },
        { ArticleFields.TitleWords, "相城" },
        { ArticleFields.BodyGrams, "园区" },
        { ArticleFields.BodyShingles, "苏州 工业园区" },
        { ArticleFields.BodyWords, "没有这个词语" },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    public void Query_OfATerm_FindsWhatLucenesTermQueryFinds(string field, string text)
    {
        using var directory = global::Lucene.Net.Store.FSDirectory.Open(segmented.Folder);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = ReaderHolder.Similarity };
        var contexts = new TermContexts(reader.Context);
        var term = new Term(field, text);

        var expected = searcher.Search(new TermQuery(term) { Boost = 2f }, 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var first = searcher.Search(contexts.Query(term, 2f), 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var again = searcher.Search(contexts.Query(term, 2f), 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

        Assert.Equal(expected, first);
        Assert.Equal(expected, again);
        Assert.True(reader.Leaves.Count >= 4);
    }

    [Fact]
    public void Of_ATermAskedAgain_IsTheSameLookup()
    {
        using var directory = global::Lucene.Net.Store.FSDirectory.Open(segmented.Folder);
        using var reader = DirectoryReader.Open(directory);
        var contexts = new TermContexts(reader.Context);

        var first = contexts.Of(new Term(ArticleFields.BodyWords, "苏州"));
        var again = contexts.Of(new Term(ArticleFields.BodyWords, "苏州"));

        Assert.Same(first, again);
        Assert.True(first.DocFreq > 0);
        Assert.Equal(1, contexts.Count);
    }

    [Fact]
    public void Of_ManyTerms_KeepsAtMostTheCapacity()
    {
        using var directory = global::Lucene.Net.Store.FSDirectory.Open(segmented.Folder);
        using var reader = DirectoryReader.Open(directory);
        var contexts = new TermContexts(reader.Context);

        for (var i = 0; i < TermContexts.Capacity + 500; i++)
        {
            contexts.Of(new Term(ArticleFields.BodyGrams, "词" + i));
            Assert.InRange(contexts.Count, 1, TermContexts.Capacity);
        }
    }
}

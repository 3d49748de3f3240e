using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Tests.Index.Lucene;

/// <summary>
/// A reader's kept term lookups: a query built on one finds exactly what Lucene's own term query
/// finds, with the same scores, in an index of several segments with deletions; a term asked for
/// again is not looked up again; the set stays within its bound however many terms are asked; and
/// searches sharing one reader's lookups from many threads at once answer as one thread does.
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
    public async Task Match_FromManyThreadsAtOnce_AnswersAsOneThreadDoes()
    {
        var parser = new QueryParser(segmented.Analysis.Analyzer);
        var queries = SegmentSearchTests.Queries.Cast<object[]>().Select(row => parser.Parse((string)row[0])).ToList();
        var index = segmented.Index;
        index.ParallelFrom = int.MaxValue;
        var expected = queries.Select(q => (index.Match(q, scored: true), index.Match(q, scored: false))).ToList();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            var mismatches = new List<string>();
            for (var round = 0; round < 20; round++)
            {
                var i = (thread + round) % queries.Count; // threads start on different queries
                if (!index.Match(queries[i], scored: true).SequenceEqual(expected[i].Item1)
                    || !index.Match(queries[i], scored: false).SequenceEqual(expected[i].Item2))
                {
                    mismatches.Add(queries[i].Display);
                }
            }

            return mismatches;
        })));

        Assert.Empty(answers.SelectMany(a => a));
        Assert.Contains(expected, e => e.Item1.Count > 0);
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

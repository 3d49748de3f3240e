using Lucene.Net.Index;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Index.Lucene;

/// <summary>
/// A search over a large index scores its segments on two threads and hands the matches on
/// afterwards: every query must give exactly what the one-thread search gives, match for match, in
/// the same order, with the same scores.
/// </summary>
public sealed class SegmentSearchTests(SegmentSearchTests.SegmentedIndex segmented) : IClassFixture<SegmentSearchTests.SegmentedIndex>
{

    public static TheoryData<string> Queries =>
    [
        "苏州", "坡", "苏州工业园区", "蘇州工業園區", "\"中新合作\"", "新加坡 -日本", "日本 OR 新加坡",
        "(日本 OR 新加坡) 智能制造", "苏州 NOT 上海", "-苏州", "title:相城", "source:国际商报", "leed*", "5G", "没有这个词语",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Match_OnTwoThreads_GivesWhatOneThreadGives(string text)
    {
        var index = segmented.Index;
        var query = new QueryParser(segmented.Analysis.Analyzer).Parse(text);
        var catalog = index.LoadCatalog();
        foreach (var scored in new[] { true, false })
        {
            index.ParallelFrom = int.MaxValue;
            var alone = index.Match(query, scored);
            var aloneSlots = Visit(index, query, scored, catalog);
            foreach (var threshold in new[] { 0, 300 })
            {
                // 0: every pass on two threads; 300: a pass estimated to visit fewer documents on one, by our own loop.
                index.ParallelFrom = threshold;
                var shared = index.Match(query, scored);
                var sharedSlots = Visit(index, query, scored, catalog);

                Assert.Equal(alone, shared);
                Assert.Equal(aloneSlots, sharedSlots);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Match_Unscored_FindsExactlyTheScoredMatches(string text)
    {
        var query = new QueryParser(segmented.Analysis.Analyzer).Parse(text);
        var index = segmented.Index;
        index.ParallelFrom = int.MaxValue;

        var scored = index.Match(query, scored: true).Select(m => m.Key).Order().ToList();
        var unscored = index.Match(query, scored: false);

        Assert.Equal(scored, unscored.Select(m => m.Key).Order().ToList());
        Assert.All(unscored, m => Assert.Equal(0, m.Score));
    }

    [Fact]
    public void Build_MakesAnIndexOfManySegments()
    {
        using var directory = global::Lucene.Net.Store.FSDirectory.Open(segmented.Folder);
        using var reader = DirectoryReader.Open(directory);

        Assert.True(reader.Leaves.Count >= 4, $"{reader.Leaves.Count} segments");
        Assert.True(reader.NumDeletedDocs > 0);
        Assert.NotEmpty(segmented.Index.Match(new QueryParser(segmented.Analysis.Analyzer).Parse("苏州")));
    }

    private static List<(int, double, bool)> Visit(LuceneArticleIndex index, ParsedQuery query, bool scored, ArticleCatalog catalog)
    {
        var visited = new List<(int, double, bool)>();
        index.Match(query, scored, catalog, (slot, score, onWords) => visited.Add((slot, score, onWords)));
        return visited;
    }

    /// <summary>Six commits of about 50 articles, with deletions: a reader of several segments and deleted documents.</summary>
    public sealed class SegmentedIndex : IDisposable
    {
        public SegmentedIndex()
        {
            Index = LuceneArticleIndex.Open(Folder);
            var preparer = new ArticlePreparer(Analysis.Analyzer, new FacetTagger(FacetVocabulary.Default, Analysis.Analyzer.Folder));
            var articles = SeedCorpus.All().Concat(SeedCorpus.Generated(Analysis.Analyzer, 300, seed: 3, reprintShare: 0.2)).ToList();
            foreach (var chunk in articles.Chunk(50))
            {
                using var batch = Index.BeginBatch();
                foreach (var article in chunk)
                {
                    batch.Upsert(preparer.Prepare(article));
                }

                batch.Delete(chunk[3].Id);
                batch.Commit();
            }
        }

        public AnalyzerFixture Analysis { get; } = new();

        public string Folder { get; } = Directory.CreateTempSubdirectory("newssearch-segment-search-").FullName;

        public LuceneArticleIndex Index { get; }

        public void Dispose()
        {
            Index.Dispose();
            Analysis.Dispose();
            Directory.Delete(Folder, recursive: true);
        }
    }
}

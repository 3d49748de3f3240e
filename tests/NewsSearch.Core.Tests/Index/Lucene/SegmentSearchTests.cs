using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Index.Lucene;

/// <summary>
/// A search that scores its segments on several threads hands on exactly the matches, scores, tiers
/// and order of one that scores them one after the other, on a real index of several segments.
/// </summary>
public sealed class SegmentSearchTests : IClassFixture<AnalyzerFixture>, IDisposable
{
    private static readonly string[] Queries =
    [
        "苏州", "苏州工业园区", "\"中新合作\"", "日本 OR 新加坡", "(日本 OR 新加坡) 合作", "苏州 NOT 上海", "-日本", "坡", "title:苏州", "leed*", "蘇州工業園區",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-segments-").FullName;
    private readonly LuceneArticleIndex _index;
    private readonly QueryParser _parser;

    public SegmentSearchTests(AnalyzerFixture analysis)
    {
        _parser = new QueryParser(analysis.Analyzer);
        _index = LuceneArticleIndex.Open(_folder);
        var preparer = new ArticlePreparer(analysis.Analyzer, new FacetTagger(FacetVocabulary.Default, analysis.Analyzer.Folder));
        var random = new Random(15);
        string[] sentences =
        [
            "苏州工业园区与新加坡合作。", "中新合作二十年。", "日本企业落户苏州。", "上海的企业来到苏州，工业园区欢迎。", "LEED金奖建筑。",
            "新加坡坡度。", "蘇州工業園區發展。", "深圳与苏州合作。",
        ];

        // Five commits: five segments (nothing merges segments this small and few).
        for (var commit = 0; commit < 5; commit++)
        {
            using var batch = _index.BeginBatch();
            for (var i = 0; i < 40; i++)
            {
                var body = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => sentences[random.Next(sentences.Length)]));
                var title = sentences[random.Next(sentences.Length)];
                batch.Upsert(preparer.Prepare(new Article { Id = $"c{commit}-{i}", Title = title, Body = body, Published = new DateOnly(2020, 1, 1 + i % 28) }));
            }

            batch.Commit();
        }

        // An update and a delete: a deleted document must stay unseen on every thread.
        using (var batch = _index.BeginBatch())
        {
            batch.Upsert(preparer.Prepare(new Article { Id = "c0-1", Title = "更新", Body = "苏州工业园区更新了。" }));
            batch.Delete("c1-2");
            batch.Commit();
        }
    }

    [Fact]
    public void Match_SegmentsOnTwoThreads_HandsOnWhatOneThreadDoes()
    {
        var catalog = _index.LoadCatalog();
        var parallel = new SegmentSearch(threads: 2, onlyWhenAlone: false);

        foreach (var query in Queries)
        {
            var parsed = _parser.Parse(query);
            foreach (var scored in new[] { true, false })
            {
                _index.Segments = new SegmentSearch(threads: 1, onlyWhenAlone: false);
                var alone = Visits(parsed, scored, catalog);
                _index.Segments = parallel;
                var shared = Visits(parsed, scored, catalog);

                Assert.True(alone.Count > 0, $"{query}: nothing matched, so nothing is compared");
                Assert.True(alone.SequenceEqual(shared), $"{query} (scored {scored}): one thread [{string.Join(", ", alone)}], two [{string.Join(", ", shared)}]");
            }
        }

        Assert.Equal(Queries.Length * 2 + Queries.Count(q => !q.StartsWith('-')), parallel.ParallelRuns);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private List<(int Slot, double Score, bool OnWords)> Visits(ParsedQuery query, bool scored, ArticleCatalog catalog)
    {
        var visits = new List<(int, double, bool)>();
        _index.Match(query, scored, catalog, (slot, score, onWords) => visits.Add((slot, score, onWords)));
        return visits;
    }
}

using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Index;

/// <summary>
/// The benchmark's fixed query mix (bench/NewsSearch.Bench/queries.txt) over the same generated
/// articles in Lucene.Net, the embedded engine, and in PostgreSQL, the scale-out one: every query
/// finds exactly the same articles on both.
/// </summary>
public sealed class EngineParityTests(EngineParityTests.TwoEngines engines) : IClassFixture<EngineParityTests.TwoEngines>
{
    public static TheoryData<string> Mix()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(SeedCorpus.RepositoryRoot, "bench", "NewsSearch.Bench", "queries.txt")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                data.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mix))]
    public void QueryOfTheBenchmarkMix_FindsTheSameArticlesOnBothEngines(string line)
    {
        // Every version of a reprinted story: with collapse, which version stands for the story
        // follows the engine's scores, while the stories themselves (and so the totals) must agree.
        var request = NewsSearch.Bench.QueryMix.Parse(line) with { Collapse = false };

        var onLucene = engines.Lucene.ReadAll(request).Rows().Select(r => r.Id).ToList();
        var onPostgres = engines.Postgres.ReadAll(request).Rows().Select(r => r.Id).ToList();

        Assert.NotEmpty(onLucene);
        Assert.Equal(engines.Lucene.Search(request with { Collapse = true }).Total, engines.Postgres.Search(request with { Collapse = true }).Total);
        Assert.Equal(onLucene.Order(StringComparer.Ordinal), onPostgres.Order(StringComparer.Ordinal));
        if (request.Sort != SearchSort.Relevance || request.Query is null)
        {
            Assert.Equal(onLucene, onPostgres); // date orders do not depend on the engine's scores
        }
    }

    /// <summary>400 generated articles (seed 7, with reprints) written to Lucene.Net and to PostgreSQL.</summary>
    public sealed class TwoEngines : IDisposable
    {
        private const int Count = 400;

        private readonly Analyzer _analyzer = new();
        private readonly TestEngine.Location _lucene = TestEngine.Lucene.NewLocation();
        private readonly TestEngine.Location _postgres = TestEngine.Postgres.NewLocation();
        private readonly IArticleIndex _luceneIndex;
        private readonly IArticleIndex _postgresIndex;

        public TwoEngines()
        {
            var articles = SeedCorpus.Generated(_analyzer, Count, seed: 7, reprintShare: 0.2);
            var preparer = new ArticlePreparer(_analyzer, new FacetTagger(FacetVocabulary.Default, _analyzer.Folder));
            var prepared = articles.Select(preparer.Prepare).ToList();
            _luceneIndex = Write(_lucene.Open(), prepared);
            _postgresIndex = Write(_postgres.Open(), prepared);
            Lucene = new SearchService(_luceneIndex, _analyzer, FacetVocabulary.Default);
            Postgres = new SearchService(_postgresIndex, _analyzer, FacetVocabulary.Default);
        }

        public SearchService Lucene { get; }

        public SearchService Postgres { get; }

        public void Dispose()
        {
            _luceneIndex.Dispose();
            _postgresIndex.Dispose();
            _lucene.Dispose();
            _postgres.Dispose();
            _analyzer.Dispose();
            GC.SuppressFinalize(this);
        }

        private static IArticleIndex Write(IArticleIndex index, List<IndexedArticle> prepared)
        {
            using var batch = index.BeginBatch();
            prepared.ForEach(p => batch.Upsert(p));
            batch.Commit();
            return index;
        }
    }
}

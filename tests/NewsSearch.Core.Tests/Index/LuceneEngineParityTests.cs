using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Generation;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Index;

/// <summary>
/// The benchmark's fixed query mix over the same generated articles in SQLite and in Lucene.Net:
/// every query finds exactly the same articles on both.
/// </summary>
public sealed class LuceneEngineParityTests(LuceneEngineParityTests.TwoEngines engines) : IClassFixture<LuceneEngineParityTests.TwoEngines>
{
    public static TheoryData<string> Mix() => EngineParityTests.Mix();

    [Theory]
    [MemberData(nameof(Mix))]
    public void QueryOfTheBenchmarkMix_FindsTheSameArticlesOnBothEngines(string line)
    {
        // Every version of a reprinted story: with collapse, which version stands for the story
        // follows the engine's scores, while the stories themselves (and so the totals) must agree.
        var request = NewsSearch.Bench.QueryMix.Parse(line) with { Collapse = false };

        var onSqlite = engines.Sqlite.ReadAll(request).Rows().Select(r => r.Id).ToList();
        var onLucene = engines.Lucene.ReadAll(request).Rows().Select(r => r.Id).ToList();

        Assert.NotEmpty(onSqlite);
        Assert.Equal(engines.Sqlite.Search(request with { Collapse = true }).Total, engines.Lucene.Search(request with { Collapse = true }).Total);
        Assert.Equal(onSqlite.Order(StringComparer.Ordinal), onLucene.Order(StringComparer.Ordinal));
        if (request.Sort != SearchSort.Relevance || request.Query is null)
        {
            Assert.Equal(onSqlite, onLucene); // date orders do not depend on the engine's scores
        }
    }

    /// <summary>400 generated articles (seed 7, with reprints) written to both engines.</summary>
    public sealed class TwoEngines : IDisposable
    {
        private const int Count = 400;

        private readonly Analyzer _analyzer = new();
        private readonly TestEngine.Location _sqlite = TestEngine.Sqlite.NewLocation();
        private readonly TestEngine.Location _lucene = TestEngine.Lucene.NewLocation();
        private readonly IArticleIndex _sqliteIndex;
        private readonly IArticleIndex _luceneIndex;

        public TwoEngines()
        {
            var reader = new ArticleFileReader();
            var seeds = Directory.GetFiles(SeedCorpus.CorpusRoot, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => reader.Read(f, SeedCorpus.CorpusRoot).Articles);
            var pool = SentencePool.Build(seeds, new FacetTagger(FacetVocabulary.Default, _analyzer.Folder, minimumMentions: 1), _analyzer.Script);
            var articles = new CorpusGenerator(pool, _analyzer.Script) { ReprintShare = 0.2 }.Generate(Count, seed: 7).Select(g => g.Article).ToList();
            var preparer = new ArticlePreparer(_analyzer, new FacetTagger(FacetVocabulary.Default, _analyzer.Folder));
            var prepared = articles.Select(preparer.Prepare).ToList();
            _sqliteIndex = Write(_sqlite.Open(), prepared);
            _luceneIndex = Write(_lucene.Open(), prepared);
            Sqlite = new SearchService(_sqliteIndex, _analyzer, FacetVocabulary.Default);
            Lucene = new SearchService(_luceneIndex, _analyzer, FacetVocabulary.Default);
        }

        public SearchService Sqlite { get; }

        public SearchService Lucene { get; }

        public void Dispose()
        {
            _sqliteIndex.Dispose();
            _luceneIndex.Dispose();
            _sqlite.Dispose();
            _lucene.Dispose();
            _analyzer.Dispose();
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

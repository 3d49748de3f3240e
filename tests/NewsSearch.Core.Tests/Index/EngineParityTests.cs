using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Generation;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Index;

/// <summary>
/// The benchmark's fixed query mix (bench/NewsSearch.Bench/queries.txt) over the same generated
/// articles in SQLite and in another engine: every query finds exactly the same articles on both.
/// </summary>
public abstract class EngineParityTests(EngineParityTests.TwoEngines engines)
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

        var onSqlite = engines.Sqlite.ReadAll(request).Rows().Select(r => r.Id).ToList();
        var onOther = engines.Other.ReadAll(request).Rows().Select(r => r.Id).ToList();

        Assert.NotEmpty(onSqlite);
        Assert.Equal(engines.Sqlite.Search(request with { Collapse = true }).Total, engines.Other.Search(request with { Collapse = true }).Total);
        Assert.Equal(onSqlite.Order(StringComparer.Ordinal), onOther.Order(StringComparer.Ordinal));
        if (request.Sort != SearchSort.Relevance || request.Query is null)
        {
            Assert.Equal(onSqlite, onOther); // date orders do not depend on the engine's scores
        }
    }

    /// <summary>400 generated articles (seed 7, with reprints) written to SQLite and to another engine.</summary>
    public abstract class TwoEngines : IDisposable
    {
        private const int Count = 400;

        private readonly Analyzer _analyzer = new();
        private readonly TestEngine.Location _sqlite = TestEngine.Sqlite.NewLocation();
        private readonly TestEngine.Location _other;
        private readonly IArticleIndex _sqliteIndex;
        private readonly IArticleIndex _otherIndex;

        protected TwoEngines(TestEngine other)
        {
            _other = other.NewLocation();
            var reader = new ArticleFileReader();
            var seeds = Directory.GetFiles(SeedCorpus.CorpusRoot, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => reader.Read(f, SeedCorpus.CorpusRoot).Articles);
            var pool = SentencePool.Build(seeds, new FacetTagger(FacetVocabulary.Default, _analyzer.Folder, minimumMentions: 1), _analyzer.Script);
            var articles = new CorpusGenerator(pool, _analyzer.Script) { ReprintShare = 0.2 }.Generate(Count, seed: 7).Select(g => g.Article).ToList();
            var preparer = new ArticlePreparer(_analyzer, new FacetTagger(FacetVocabulary.Default, _analyzer.Folder));
            var prepared = articles.Select(preparer.Prepare).ToList();
            _sqliteIndex = Write(_sqlite.Open(), prepared);
            _otherIndex = Write(_other.Open(), prepared);
            Sqlite = new SearchService(_sqliteIndex, _analyzer, FacetVocabulary.Default);
            Other = new SearchService(_otherIndex, _analyzer, FacetVocabulary.Default);
        }

        public SearchService Sqlite { get; }

        public SearchService Other { get; }

        public void Dispose()
        {
            _sqliteIndex.Dispose();
            _otherIndex.Dispose();
            _sqlite.Dispose();
            _other.Dispose();
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

using System.Text.Json;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Articles;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Search;

/// <summary>
/// A query asked again is answered from its kept matches (orders sorted once, the unfiltered counts
/// kept), not by the engine: over 400 generated articles with reprints, every answer given that
/// way must equal, field for field, the answer of a service that reaches the engine every time.
/// </summary>
public sealed class SearchServiceKnownMatchesTests(SearchServiceKnownMatchesTests.GeneratedIndex generated)
    : IClassFixture<SearchServiceKnownMatchesTests.GeneratedIndex>
{
    private static readonly string?[] Queries = [null, "苏州", "发展", "合作", "新加坡", "日本", "坡", "苏州工业园区", "\"中新合作\"", "新加坡 -日本", "日本 OR 新加坡", "苏州 NOT 上海", "leed*", "5G"];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Search_AskedAgain_AnswersAsTheEngineDoes(int seed)
    {
        var random = new Random(seed);
        var sources = generated.Sources;
        var asked = 0;
        for (var i = 0; i < 40; i++)
        {
            var request = new SearchRequest
            {
                Query = Queries[random.Next(Queries.Length)],
                Sort = (SearchSort)random.Next(3),
                Page = random.Next(1, 6),
                PageSize = random.Next(1, 30),
                Collapse = random.Next(4) != 0,
                Timeline = (SearchTimeline)random.Next(3),
                Zones = random.Next(3) == 0 ? ["sip"] : [],
                Countries = random.Next(4) == 0 ? new[] { "singapore", "japan" }[..random.Next(1, 3)] : [],
                Sectors = random.Next(5) == 0 ? ["finance"] : [],
                Sources = random.Next(6) == 0 ? [sources[random.Next(sources.Count)]] : [],
                From = random.Next(4) == 0 ? new DateOnly(random.Next(2015, 2024), 1, 1) : null,
                To = random.Next(5) == 0 ? new DateOnly(random.Next(2019, 2026), 6, 30) : null,
            };

            generated.Cached.Search(request with { Sort = SearchSort.Relevance, Zones = [], Page = 1 }); // the engine's matches, kept
            var known = generated.Cached.Search(request);
            var fromEngine = generated.Engine.Search(request);

            Assert.Equal(Comparable(fromEngine), Comparable(known));
            asked += known.Total > 0 ? 1 : 0;
        }

        Assert.True(asked > 20, $"only {asked} of 40 requests found anything");
    }

    private static string Comparable(SearchResponse response) => JsonSerializer.Serialize(response with { TookMs = 0 });

    /// <summary>400 generated articles (seed 11, a third of the stories reprinted) in a Lucene.Net index, searched with and without kept matches.</summary>
    public sealed class GeneratedIndex : IDisposable
    {
        private readonly Analyzer _analyzer = new();
        private readonly TestEngine.Location _location = TestEngine.Lucene.NewLocation();
        private readonly IArticleIndex _index;

        public GeneratedIndex()
        {
            var articles = SeedCorpus.Generated(_analyzer, 400, seed: 11, reprintShare: 0.33);
            var preparer = new ArticlePreparer(_analyzer, new FacetTagger(FacetVocabulary.Default, _analyzer.Folder));
            _index = _location.Open();
            using (var batch = _index.BeginBatch())
            {
                articles.ForEach(a => batch.Upsert(preparer.Prepare(a)));
                batch.Commit();
            }

            Sources = articles.Select(a => a.Source).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            Cached = new SearchService(_index, _analyzer, FacetVocabulary.Default);
            Engine = new SearchService(_index, _analyzer, FacetVocabulary.Default, matchCacheSize: 0);
        }

        public IReadOnlyList<string> Sources { get; }

        public SearchService Cached { get; }

        public SearchService Engine { get; }

        public void Dispose()
        {
            _index.Dispose();
            _location.Dispose();
            _analyzer.Dispose();
        }
    }
}

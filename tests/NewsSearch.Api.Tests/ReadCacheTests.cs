using System.Net;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Api.Tests;

/// <summary>Read answers are served from memory until the index changes, whoever changes it.</summary>
public sealed class ReadCacheTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _reader = app.CreateClient();
    private readonly HttpClient _writer = app.CreateWriter();

    [Fact]
    public async Task ARepeatedSearchIsServedFromTheCacheWithTheSameBody()
    {
        var url = $"/api/v1/search?q={Json.Q("苏州")}&pageSize=3";
        using var first = await _reader.GetAsync(url);
        using var second = await _reader.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Contains("default-src", second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostedArticleShowsInTheNextSearchAndFacetsDespiteTheCache()
    {
        var url = $"/api/v1/search?q={Json.Q("常熟")}";
        var before = Json.Ids(await Json.Get(_reader, url));
        var facetsBefore = await Json.Get(_reader, "/api/v1/facets");
        await Json.Get(_reader, url);

        await Json.Post(_writer, "/api/v1/articles", new { id = "cache-1", title = "常熟高新区新政", body = "常熟高新区发布支持先进制造业发展的新政策。常熟高新区将设立专项资金。" });

        var after = Json.Ids(await Json.Get(_reader, url));
        Assert.Equal(before.Append("cache-1").Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        Assert.NotEqual(facetsBefore.ToString(), (await Json.Get(_reader, "/api/v1/facets")).ToString());
    }

    [Fact]
    public async Task AWriteByAnotherWriterOnTheSameIndexShowsAtOnce()
    {
        var url = $"/api/v1/search?q={Json.Q("张家港保税区")}";
        Assert.Empty(Json.Ids(await Json.Get(_reader, url)));
        Assert.Empty(Json.Ids(await Json.Get(_reader, url)));

        // As the indexer CLI would: its own writer on the directory the service reads.
        using (var index = LuceneArticleIndex.Open(app.IndexPath))
        using (var batch = index.BeginBatch())
        {
            using var analyzer = IndexAnalyzers.For(index);
            var preparer = new ArticlePreparer(analyzer, new FacetTagger(FacetVocabulary.Default, analyzer.Folder));
            batch.Upsert(preparer.Prepare(new Article { Id = "cache-2", Title = "张家港保税区", Body = "张家港保税区发布新政策,张家港保税区企业受益。" }));
            batch.Commit();
        }

        Assert.Equal(["cache-2"], Json.Ids(await Json.Get(_reader, url)));
    }

    [Fact]
    public async Task ABadRequestIsNeverAnsweredFromAGoodOnesCacheEntry()
    {
        await Json.Get(_reader, "/api/v1/search?zone=sip");
        await Json.Get(_reader, "/api/v1/search?zone=sip");

        await Json.Get(_reader, "/api/v1/search?zone=SIP", 400);
        await Json.Get(_reader, "/api/v1/search?zone=SIP", 400);
    }
}

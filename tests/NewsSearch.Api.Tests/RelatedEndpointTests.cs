namespace NewsSearch.Api.Tests;

// 000 and 001 both tell how China and Singapore built Suzhou Industrial Park; 002 and 003 are both about Suzhou New District.
// On ICU word break: the shared words the expectations name are those of ICU's segmentation.
public class RelatedEndpointTests : IClassFixture<IcuNewsSearchApplication>
{
    private const string A000 = "000_69931a395751e654";
    private const string A001 = "001_3d349f3940e6cb6b";
    private const string A002 = "002_8701b1438f67845e";
    private const string A003 = "003_cff4dd02faf2c418";

    private readonly HttpClient _client;

    public RelatedEndpointTests(IcuNewsSearchApplication app)
        : this((NewsSearchApplication)app)
    {
    }

    protected RelatedEndpointTests(NewsSearchApplication app) => _client = app.CreateClient();

    [Fact]
    public async Task RelatedArticlesExcludeTheArticleAndPutTheOtherSingaporeArticleFirst()
    {
        var result = await Json.Get(_client, $"/api/v1/articles/{A001}/related");

        Assert.Equal(A001, result.GetProperty("id").GetString());
        var related = result.GetProperty("related").EnumerateArray().ToList();
        Assert.Equal(4, related.Count);
        Assert.DoesNotContain(related, r => r.GetProperty("id").GetString() == A001);
        var first = related[0];
        Assert.Equal(A000, first.GetProperty("id").GetString());
        Assert.Equal("聚焦长三角|苏州相城:打造长三角国际开放合作新引擎", first.GetProperty("title").GetString());
        Assert.Equal("2019-11-17", first.GetProperty("published").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > related[1].GetProperty("score").GetDouble());
        Assert.Contains("新加坡", first.GetProperty("sharedTerms").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task LimitCutsTheRelatedList()
    {
        var result = await Json.Get(_client, $"/api/v1/articles/{A002}/related?limit=1");

        var only = Assert.Single(result.GetProperty("related").EnumerateArray());
        Assert.Equal(A003, only.GetProperty("id").GetString());
    }

    [Fact]
    public async Task RelatedOfAnUnknownArticleIsA404Problem()
    {
        var problem = await Json.Get(_client, "/api/v1/articles/no-such-article/related", 404);

        Assert.Equal("Article not found", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("a\" OR \"b")]
    [InlineData("'; DROP TABLE article; --")]
    [InlineData("%00")]
    public async Task HostileIdsGetA404NeverA500(string id)
    {
        var problem = await Json.Get(_client, $"/api/v1/articles/{Uri.EscapeDataString(id)}/related", 404);

        Assert.Equal("Article not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AVeryLongIdGetsA404()
    {
        await Json.Get(_client, $"/api/v1/articles/{new string('a', 10_000)}/related", 404);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=21", "limit")]
    public async Task RelatedLimitOutOfRangeGetsA400NamingIt(string query, string parameter)
    {
        var problem = await Json.Get(_client, $"/api/v1/articles/{A000}/related?{query}", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task UnparseableRelatedLimitGetsA400NamingIt()
    {
        var problem = await Json.Get(_client, $"/api/v1/articles/{A000}/related?limit=many", 400);

        Assert.Equal(["'many' is not a whole number up to 2147483647."], problem.GetProperty("errors").GetProperty("limit").EnumerateArray().Select(m => m.GetString()));
    }
}

using System.Text.Json;

namespace NewsSearch.Api.Tests;

public class TermsEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task TheWordsTheResultSetHoldsAndTheIndexRarelyDoesComeFirst()
    {
        var terms = await Json.Get(_client, $"/api/v1/search/terms?q={Json.Q("苏州高新区")}&limit=5");
        var search = await Json.Get(_client, $"/api/v1/search?q={Json.Q("苏州高新区")}");

        Assert.Equal(("苏州高新区", search.GetProperty("total").GetInt32(), 5, false, 2),
            (terms.GetProperty("query").GetString(), terms.GetProperty("foregroundSize").GetInt32(), terms.GetProperty("backgroundSize").GetInt32(),
             terms.GetProperty("sampled").GetBoolean(), terms.GetProperty("sampleSize").GetInt32()));
        // 002 and 003 both hold these words and no other article does: (1 - 2/5) × 1 / (2/5) = 1.5 each, ties by code point.
        // The words are the segmenter's: SmartCn (Lucene's default) finds 党工委 and 努力 where ICU (PostgreSQL's) does not.
        (string, int, int, double)[] expected = app.Engine == Core.Index.ArticleIndexes.Lucene
            ? [("党工委", 2, 2, 1.5), ("努力", 2, 2, 1.5), ("包容", 2, 2, 1.5), ("各类", 2, 2, 1.5), ("器械", 2, 2, 1.5)]
            : [("包容", 2, 2, 1.5), ("各类", 2, 2, 1.5), ("器械", 2, 2, 1.5), ("工程", 2, 2, 1.5), ("引入", 2, 2, 1.5)];
        Assert.Equal(expected, Terms(terms));
    }

    [Fact]
    public async Task ScoresAreJlhOfTheCountsAndNothingMeaninglessIsListed()
    {
        var terms = await Json.Get(_client, $"/api/v1/search/terms?q={Json.Q("新加坡 OR 日本")}&limit=100");

        var list = Terms(terms);
        Assert.NotEmpty(list);
        Assert.True(list.Count <= 100);
        var size = terms.GetProperty("sampleSize").GetInt32();
        var index = terms.GetProperty("backgroundSize").GetInt32();
        foreach (var (term, foreground, background, score) in list)
        {
            var fg = (double)foreground / size;
            var bg = (double)background / index;
            Assert.Equal(Math.Round((fg - bg) * fg / bg, 6), score);
            Assert.True(term.Length >= 2 && !term.Any(char.IsDigit), term);
            Assert.True(foreground >= 2 && background >= foreground, term);
        }

        Assert.DoesNotContain(list, t => t.Term is "新加坡" or "日本" or "我们" or "记者");
        Assert.Equal(list.OrderByDescending(t => t.Score).Select(t => t.Score), list.Select(t => t.Score));
    }

    [Fact]
    public async Task FiltersPickTheForegroundAndTheDefaultLimitIsTwenty()
    {
        var zone = await Json.Get(_client, "/api/v1/search/terms?zone=snd");
        var all = await Json.Get(_client, "/api/v1/search/terms");

        Assert.Equal(2, zone.GetProperty("foregroundSize").GetInt32());
        Assert.Equal(20, zone.GetProperty("terms").GetArrayLength());
        Assert.Equal(5, all.GetProperty("foregroundSize").GetInt32());
        Assert.Equal(0, all.GetProperty("terms").GetArrayLength()); // the whole index against itself
    }

    [Theory]
    [InlineData("limit=0", "limit", "The limit must be between 1 and 100.")]
    [InlineData("limit=101", "limit", "The limit must be between 1 and 100.")]
    [InlineData("zone=atlantis", "zone", "Unknown zone 'atlantis'. The valid ids are listed at /api/v1/facets.")]
    [InlineData("collapse=maybe", "collapse", "Collapse must be true or false.")]
    public async Task InvalidTermsParametersGetA400NamingTheParameter(string query, string parameter, string message)
    {
        var problem = await Json.Get(_client, "/api/v1/search/terms?" + query, 400);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(parameter, error.Name);
        Assert.Equal([message], error.Value.EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheTerms()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty("/api/v1/search/terms").GetProperty("get");
        Assert.Equal(["q", "zone", "country", "sector", "source", "from", "to", "collapse", "limit"],
            operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains("(fg% - bg%) * fg% / bg%", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(operation.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
    }

    private static List<(string Term, int Foreground, int Background, double Score)> Terms(JsonElement terms) =>
        [.. terms.GetProperty("terms").EnumerateArray().Select(t => (t.GetProperty("term").GetString()!, t.GetProperty("foreground").GetInt32(),
            t.GetProperty("background").GetInt32(), t.GetProperty("score").GetDouble()))];
}

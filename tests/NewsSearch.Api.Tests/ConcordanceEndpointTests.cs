using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

public class ConcordanceEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private const string A000 = "000_69931a395751e654";
    private const string A001 = "001_3d349f3940e6cb6b";
    private const string A002 = "002_8701b1438f67845e";
    private const string A003 = "003_cff4dd02faf2c418";
    private const string A004 = "004_5e5fe67579d06bab";

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task EveryOccurrenceComesWithItsContextNewestArticleFirst()
    {
        var page = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}&width=8&pageSize=500");

        Assert.Equal((25, 4, "长三角", "date", 8), (Total(page), page.GetProperty("articles").GetInt32(), page.GetProperty("query").GetString(),
            page.GetProperty("sort").GetString(), page.GetProperty("width").GetInt32()));
        var lines = Lines(page);
        Assert.Equal((A003, "智信智能装备基地", "长三角", "创新中心等一批合"), lines[0]);
        Assert.Equal((A003, ",粤港澳大湾区与", "长三角", "一体化均是重要的"), lines[1]);
        // A paragraph break inside the context is a space, so each line stays one line.
        Assert.Equal((A003, "圳考察学  作为", "长三角", "城市群的经济重镇"), lines[2]);
        Assert.Equal((A002, "“借助", "长三角", "一体化发展优势,"), lines[7]); // the body's start: fewer than 8 characters before
        // Dated articles newest first, the undated one last; each article's occurrences in text order.
        Assert.Equal([A003, A002, A000, A004], lines.Select(l => l.Id).Distinct());
        Assert.Equal([7, 11, 5, 2], lines.GroupBy(l => l.Id).Select(g => g.Count()));
        var first = page.GetProperty("lines")[0];
        Assert.Equal(("苏州高新区抢抓国家战略机遇 积极融入长三角", "2021-11-05", "苏州高新区抢抓国家战略机遇 积极融入长三角", false),
            (first.GetProperty("title").GetString(), first.GetProperty("published").GetString(), first.GetProperty("heading").GetString(), first.GetProperty("headingDerived").GetBoolean()));
    }

    [Theory]
    [InlineData("苏州工业园区")]
    [InlineData("蘇州工業園區")]
    public async Task TraditionalArticleIsQuotedInTraditionalWhateverTheQuerysScript(string query)
    {
        var page = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q(query)}&width=10&pageSize=500");

        Assert.Equal((18, 2), (Total(page), page.GetProperty("articles").GetInt32()));
        var lines = Lines(page);
        Assert.Equal((A001, "作服務貿易創新論壇在", "蘇州工業園區", "舉行。中新服貿論壇,"), lines[0]);
        Assert.Equal(17, lines.Count(l => l.Id == A001 && l.Match == "蘇州工業園區"));
        Assert.Equal((A000, "苏州东部合作开发建设", "苏州工业园区", ",让“发展洼地”变身"), lines[^1]);
        Assert.Equal("2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行", page.GetProperty("lines")[0].GetProperty("heading").GetString());
        Assert.True(page.GetProperty("lines")[0].GetProperty("headingDerived").GetBoolean());
    }

    [Fact]
    public async Task LinesAreExactlyTheOccurrencesInTheBodiesAMatchAcrossAWordBoundaryOnce()
    {
        // 业园 straddles the words 工业|园区: it is found where the text has it, once each time, in either script.
        var page = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("业园")}&width=5&pageSize=500");
        var search = await Json.Get(_client, $"/api/v1/search?q={Json.Q("业园")}&sort=newest&pageSize=100");

        var expected = new List<(string, string, string, string)>();
        foreach (var id in Json.Ids(search))
        {
            var body = (await Json.Get(_client, "/api/v1/articles/" + id)).GetProperty("body").GetString()!;
            var at = new[] { "业园", "業園" }.SelectMany(m => Positions(body, m)).Order();
            expected.AddRange(at.Select(i => (id, Plain(body[Math.Max(0, i - 5)..i]), body[i..(i + 2)], Plain(body[(i + 2)..Math.Min(body.Length, i + 7)]))));
        }

        Assert.Equal(35, expected.Count);
        Assert.Equal(expected, Lines(page));
        Assert.Equal(35, Total(page));
    }

    [Fact]
    public async Task APhraseAndAWordInsideItCountOnce()
    {
        var both = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("苏州工业园区 园区")}&width=5&pageSize=500");

        var matches = Lines(both).GroupBy(l => (l.Id, l.Match)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<(string, string), int> { [(A001, "蘇州工業園區")] = 17, [(A001, "園區")] = 21, [(A000, "苏州工业园区")] = 1 }, matches);
        Assert.Equal(39, Total(both));
    }

    [Fact]
    public async Task RightAndLeftSortByTheCharactersNextToTheMatch()
    {
        var right = Lines(await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}&width=8&sort=right&pageSize=500"));
        var left = Lines(await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}&width=8&sort=left&pageSize=500"));

        Assert.Equal((A003, "略机遇,积极融入", "长三角", ",主动对接粤港澳"), right[0]);
        Assert.Equal((A000, "融入上海”“融入", "长三角", "”。目前许多日本"), right[1]);
        Assert.Equal((A002, "块,建设成为面向", "长三角", "、领先全国的区块"), right[2]);
        Assert.Equal(right.Select(l => l.Right).Order(StringComparer.Ordinal), right.Select(l => l.Right));
        // Read backwards from the match: 示 (U+793A) before 说 (U+8BF4), both after the comma.
        Assert.Equal((A003, "会秘书李黔表示,", "长三角", "是我国发展最活跃"), left[0]);
        Assert.Equal((A000, "委书记顾海东说,", "长三角", "一体化战略深度推"), left[1]);
        Assert.Equal((A004, "已聚集GCIPI", "长三角", "分中心、小样青年"), left[2]);
        var backwards = left.Select(l => new string(l.Left.ToLowerInvariant().Reverse().ToArray())).ToList();
        Assert.Equal(backwards.Order(StringComparer.Ordinal), backwards);
        Assert.Equal(25, right.Count);
        Assert.Equal(25, left.Count);
    }

    [Fact]
    public async Task PagesCutTheSameOrderAndKeepTheTotals()
    {
        var all = Lines(await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}&sort=right&pageSize=500"));
        var page = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}&sort=right&page=3&pageSize=7");
        var beyond = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}&page=9&pageSize=7");

        Assert.Equal(all.Skip(14).Take(7), Lines(page));
        Assert.Equal((25, 4, 3, 7), (Total(page), page.GetProperty("articles").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        Assert.Empty(Lines(beyond));
        Assert.Equal(25, Total(beyond));
        Assert.Equal(50, (await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}")).GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("长三角", 5)] // 7, 11, 5 and 2 lines in four articles: pages 2 to 4 start or end inside an article
    [InlineData("苏州工业园区 园区", 15)] // a phrase and a word inside it, 39 lines
    [InlineData("园", 4)] // one character
    public async Task DatePagesAreSlicesOfTheWholeConcordanceWithItsTotals(string query, int pageSize)
    {
        var whole = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q(query)}&width=6&pageSize=500");
        var all = Lines(whole);

        for (var page = 2; page <= 4; page++)
        {
            var cut = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q(query)}&width=6&page={page}&pageSize={pageSize}");
            Assert.Equal(all.Skip((page - 1) * pageSize).Take(pageSize), Lines(cut));
            Assert.Equal((all.Count, whole.GetProperty("articles").GetInt32()), (Total(cut), cut.GetProperty("articles").GetInt32()));
        }
    }

    [Fact]
    public async Task FiltersAndCollapsePickTheArticlesRead()
    {
        var zone = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}&zone=xiangcheng&pageSize=500");
        var search = await Json.Get(_client, $"/api/v1/search?q={Json.Q("长三角")}&zone=xiangcheng&pageSize=100");

        Assert.Equal(Json.Ids(search).Order(), Lines(zone).Select(l => l.Id).Distinct().Order());
        Assert.Equal(search.GetProperty("total").GetInt32(), zone.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task CsvHasABomAHeaderAndEveryLineOfThePageInOrder()
    {
        var page = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("苏州工业园区")}&width=10&sort=left&pageSize=500");
        using var response = await _client.GetAsync($"/api/v1/search/concordance?q={Json.Q("苏州工业园区")}&width=10&sort=left&format=csv&pageSize=1&page=2");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Matches(@"^newssearch-concordance-\d{8}\.csv$", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("id,title,published,left,match,right,heading,headingDerived", rows[0]);
        Assert.Equal("", rows[^1]);
        Assert.Equal(18, rows.Length - 2); // no pages in a file
        const string Title000 = "聚焦长三角|苏州相城:打造长三角国际开放合作新引擎";
        var heading001 = Csv("2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行");
        Assert.Equal(
            Lines(page).Select(l => l.Id == A001
                ? $"{l.Id},,2022-11-06,{Csv(l.Left)},{Csv(l.Match)},{Csv(l.Right)},{heading001},true"
                : $"{l.Id},{Title000},2019-11-17,{Csv(l.Left)},{Csv(l.Match)},{Csv(l.Right)},{Title000},false"),
            rows[1..^1]);
    }

    [Fact]
    public async Task JsonLinesHoldTheSameLinesAsThePages()
    {
        var page = await Json.Get(_client, $"/api/v1/search/concordance?q={Json.Q("长三角")}&width=8&pageSize=500");
        using var response = await _client.GetAsync($"/api/v1/search/concordance?q={Json.Q("长三角")}&width=8&format=jsonl");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = text.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.Equal(page.GetProperty("lines").EnumerateArray().Select(l => l.GetRawText()), lines.Select(l => l.GetRawText()));
    }

    [Theory]
    [InlineData("q=", "q", "A concordance needs words to find: give a query with words or phrases outside title:, source: and NOT.")]
    [InlineData("q=title%3A%E7%9B%B8%E5%9F%8E", "q", "A concordance needs words to find: give a query with words or phrases outside title:, source: and NOT.")]
    [InlineData("q=x&width=4", "width", "The width must be between 5 and 100 characters.")]
    [InlineData("q=x&width=101", "width", "The width must be between 5 and 100 characters.")]
    [InlineData("q=x&sort=newest", "sort", "Sort must be date, left or right.")]
    [InlineData("q=x&sort=1", "sort", "Sort must be date, left or right.")]
    [InlineData("q=x&page=0", "page", "The page number starts at 1.")]
    [InlineData("q=x&pageSize=501", "pageSize", "The page size must be between 1 and 500.")]
    [InlineData("q=x&format=xlsx", "format", "Format must be csv or jsonl (or left out for a JSON page).")]
    [InlineData("q=x&zone=atlantis", "zone", "Unknown zone 'atlantis'. The valid ids are listed at /api/v1/facets.")]
    [InlineData("q=x&collapse=maybe", "collapse", "Collapse must be true or false.")]
    public async Task InvalidConcordanceParametersGetA400NamingTheParameter(string query, string parameter, string message)
    {
        var problem = await Json.Get(_client, "/api/v1/search/concordance?" + query, 400);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(parameter, error.Name);
        Assert.Equal([message], error.Value.EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheConcordanceWithItsOwnSortValues()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty("/api/v1/search/concordance").GetProperty("get");
        var parameters = operation.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(["q", "zone", "country", "sector", "source", "from", "to", "sort", "collapse", "page", "pageSize", "width", "format"],
            parameters.Select(p => p.GetProperty("name").GetString()));
        var sort = parameters.Single(p => p.GetProperty("name").GetString() == "sort");
        Assert.Equal(["date", "left", "right"], sort.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var content = operation.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(content.TryGetProperty("application/json", out _));
        Assert.StartsWith("\uFEFFid,title,published,left,match,right", content.GetProperty("text/csv").GetProperty("example").GetString(), StringComparison.Ordinal);
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
    }

    private static string Csv(string field) => field.Contains(',', StringComparison.Ordinal) ? "\"" + field + "\"" : field;

    private static int Total(JsonElement page) => page.GetProperty("total").GetInt32();

    private static List<(string Id, string Left, string Match, string Right)> Lines(JsonElement page) =>
        [.. page.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("id").GetString()!, l.GetProperty("left").GetString()!,
            l.GetProperty("match").GetString()!, l.GetProperty("right").GetString()!))];

    private static IEnumerable<int> Positions(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static string Plain(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}

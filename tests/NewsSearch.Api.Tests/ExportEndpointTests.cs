using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

public class ExportEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private const string Header = "id,title,published,source,url,zones,countries,sectors,score,heading,headingDerived";

    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("sort=oldest")]
    [InlineData("q=%E8%8B%8F%E5%B7%9E")]
    [InlineData("q=%E8%8B%8F%E5%B7%9E&sort=newest")]
    [InlineData("q=%E6%96%B0%E5%8A%A0%E5%9D%A1%20OR%20%E6%B7%B1%E5%9C%B3")]
    [InlineData("q=%E8%8B%8F%E5%B7%9E&zone=snd&zone=xiangcheng")]
    [InlineData("country=japan&from=2021-01-01")]
    public async Task CsvExportHasABomAHeaderAndTheSearchsIdsInTheSameOrder(string query)
    {
        var search = await Json.Get(_client, "/api/v1/search?pageSize=100&" + query);

        using var response = await _client.GetAsync("/api/v1/search/export?format=csv&" + query);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(Header, lines[0]);
        Assert.Equal("", lines[^1]);
        Assert.Equal(Json.Ids(search), lines[1..^1].Select(l => l.Split(',')[0]));
        Assert.Equal(search.GetProperty("total").GetInt32(), lines.Length - 2);
    }

    [Fact]
    public async Task CsvRowsCarryTheHitsFields()
    {
        var search = await Json.Get(_client, $"/api/v1/search?q={Json.Q("深圳")}");
        var hit = search.GetProperty("hits")[0];

        var text = await _client.GetStringAsync($"/api/v1/search/export?q={Json.Q("深圳")}");

        var row = text.TrimStart('\uFEFF').Split("\r\n")[1];
        var expected = string.Join(',',
            hit.GetProperty("id").GetString(), hit.GetProperty("title").GetString(), hit.GetProperty("published").GetString(),
            hit.GetProperty("source").GetString(), "", Joined(hit, "zones"), Joined(hit, "countries"), Joined(hit, "sectors"),
            hit.GetProperty("score").GetRawText(), hit.GetProperty("heading").GetString(), "false");
        Assert.Equal(expected, row);
    }

    [Fact]
    public async Task JsonLinesExportIsOneObjectPerHitWithArrays()
    {
        var search = await Json.Get(_client, $"/api/v1/search?pageSize=100&q={Json.Q("苏州")}");

        using var response = await _client.GetAsync($"/api/v1/search/export?format=jsonl&q={Json.Q("苏州")}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var hits = search.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(hits.Count, lines.Count);
        foreach (var (line, hit) in lines.Zip(hits))
        {
            Assert.Equal(
                ["id", "title", "published", "source", "url", "zones", "countries", "sectors", "score", "heading", "headingDerived"],
                line.EnumerateObject().Select(p => p.Name));
            foreach (var field in new[] { "id", "title", "published", "source", "url", "zones", "countries", "sectors", "score", "heading", "headingDerived" })
            {
                Assert.Equal(hit.GetProperty(field).GetRawText(), line.GetProperty(field).GetRawText());
            }
        }
    }

    [Theory]
    [InlineData("format=csv", "csv")]
    [InlineData("", "csv")]
    [InlineData("format=jsonl", "jsonl")]
    public async Task ExportIsAnAttachmentNamedAfterTheDay(string query, string extension)
    {
        // The service names the file after its own clock's day: bracket the request, in case it spans midnight.
        var before = DateTime.UtcNow;
        using var response = await _client.GetAsync("/api/v1/search/export?" + query);
        var after = DateTime.UtcNow;

        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Contains(disposition?.FileName, new[] { before, after }.Select(day => $"newssearch-export-{day:yyyyMMdd}.{extension}"));
    }

    [Theory]
    [InlineData("format=xlsx", "format")]
    [InlineData("format=csv;", "format")]
    [InlineData("zone=atlantis", "zone")]
    [InlineData("sort=sideways", "sort")]
    [InlineData("from=2022-01-01&to=2021-01-01", "from")]
    public async Task InvalidExportParametersGetA400NamingTheParameter(string query, string parameter)
    {
        var problem = await Json.Get(_client, "/api/v1/search/export?" + query, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheExportWithBothFormats()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");

        var export = document.GetProperty("paths").GetProperty("/api/v1/search/export").GetProperty("get");
        var parameters = export.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!.ToLowerInvariant());
        Assert.Equal(["q", "zone", "country", "sector", "source", "from", "to", "sort", "collapse", "format"], parameters);
        var content = export.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.StartsWith("\uFEFFid,title,", content.GetProperty("text/csv").GetProperty("example").GetString(), StringComparison.Ordinal);
        Assert.True(content.TryGetProperty("application/x-ndjson", out _));
    }

    private static string Joined(JsonElement hit, string property) =>
        string.Join(';', hit.GetProperty(property).EnumerateArray().Select(v => v.GetString()));
}

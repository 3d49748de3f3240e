using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

public class TrendsEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private static readonly string Countries = $"q={Json.Q("新加坡")}&q={Json.Q("日本")}&q={Json.Q("德国")}";

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task EachQueryIsCountedPerYearOverTheSamePeriods()
    {
        var trends = await Json.Get(_client, $"/api/v1/trends?{Countries}&interval=year");

        Assert.Equal("year", trends.GetProperty("interval").GetString());
        Assert.Equal(["2019", "2020", "2021", "2022"], Strings(trends.GetProperty("periods")));
        var series = trends.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["新加坡", "日本", "德国"], series.Select(s => s.GetProperty("q").GetString()));
        Assert.Equal([2, 2, 0], series.Select(s => s.GetProperty("total").GetInt32()));
        Assert.Equal([(1, 1, 1.0), (0, 0, 0), (0, 2, 0), (1, 1, 1)], Points(series[0]).Select(p => (p.Count, p.Total, p.Share)));
        Assert.Equal([(1, 1, 1.0), (0, 0, 0), (1, 2, 0.5), (0, 1, 0)], Points(series[1]).Select(p => (p.Count, p.Total, p.Share)));
        Assert.All(series, s => Assert.Equal(["2019", "2020", "2021", "2022"], Points(s).Select(p => p.Period)));
    }

    [Fact]
    public async Task MonthsRunFromTheFirstDatedArticleToTheLastWithEmptyOnesIncluded()
    {
        var trends = await Json.Get(_client, $"/api/v1/trends?{Countries}");

        var periods = Strings(trends.GetProperty("periods"));
        Assert.Equal(37, periods.Count);
        Assert.Equal(("2019-11", "2019-12", "2022-11"), (periods[0], periods[1], periods[^1]));
        var singapore = Points(trends.GetProperty("series")[0]);
        Assert.Equal([("2019-11", 1), ("2022-11", 1)], singapore.Where(p => p.Count > 0).Select(p => (p.Period, p.Count)));
        Assert.Equal(4, trends.GetProperty("series")[0].EnumerateObject().Count());
    }

    [Theory]
    [InlineData("month", "")]
    [InlineData("year", "")]
    [InlineData("month", "&collapse=false")]
    [InlineData("year", "&zone=xiangcheng&zone=snd")]
    [InlineData("month", "&country=japan&from=2021-06-01&to=2022-12-31")]
    public async Task EveryCountIsTheSearchsTotalWithThePeriodAsItsDates(string interval, string filters)
    {
        var queries = $"q={Json.Q("苏州")}&q={Json.Q("合作")}&q={Json.Q("长三角 -上海")}";
        var trends = await Json.Get(_client, $"/api/v1/trends?{queries}&interval={interval}{filters}");

        var checkedPoints = 0;
        foreach (var series in trends.GetProperty("series").EnumerateArray())
        {
            var q = Json.Q(series.GetProperty("q").GetString()!);
            foreach (var point in Points(series))
            {
                var (from, to) = Dates(point.Period, interval);
                var search = await Json.Get(_client, $"/api/v1/search?q={q}{Narrowed(filters, from, to)}&pageSize=1");
                Assert.True(search.GetProperty("total").GetInt32() == point.Count, $"{series.GetProperty("q")} {point.Period}: trend {point.Count}, search {search.GetProperty("total")}");
                checkedPoints++;
            }

            // Any dates at all leave the undated articles out, as the series does.
            var dated = await Json.Get(_client, $"/api/v1/search?q={q}{Narrowed(filters, new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31))}&pageSize=1");
            Assert.Equal(dated.GetProperty("total").GetInt32(), series.GetProperty("total").GetInt32());
        }

        Assert.True(checkedPoints >= 9, $"{checkedPoints} points");
    }

    [Fact]
    public async Task DatesNarrowThePeriodsAndTheSeriesKeepTheQueriesOrder()
    {
        var trends = await Json.Get(_client, $"/api/v1/trends?q={Json.Q("日本")}&q={Json.Q("新加坡")}&from=2020-03-15&to=2021-06-30");

        Assert.Equal(16, trends.GetProperty("periods").GetArrayLength());
        Assert.Equal(("2020-03", "2021-06"), (trends.GetProperty("periods")[0].GetString(), trends.GetProperty("periods")[15].GetString()));
        // The order given, not sorted (the output cache sorts repeated query values: this endpoint is not cached).
        Assert.Equal(["日本", "新加坡"], trends.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("q").GetString()));
        Assert.Equal([("2021-06", 1)], Points(trends.GetProperty("series")[0]).Where(p => p.Count > 0).Select(p => (p.Period, p.Count)));
    }

    [Fact]
    public async Task CsvHasOneRowPerQueryAndPeriod()
    {
        using var response = await _client.GetAsync($"/api/v1/trends?{Countries}&interval=year&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Matches(@"^newssearch-trends-\d{8}\.csv$", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "q,query,period,count,total,share\r\n" +
            "新加坡,新加坡,2019,1,1,1\r\n新加坡,新加坡,2020,0,0,0\r\n新加坡,新加坡,2021,0,2,0\r\n新加坡,新加坡,2022,1,1,1\r\n" +
            "日本,日本,2019,1,1,1\r\n日本,日本,2020,0,0,0\r\n日本,日本,2021,1,2,0.5\r\n日本,日本,2022,0,1,0\r\n" +
            "德国,德国,2019,0,1,0\r\n德国,德国,2020,0,0,0\r\n德国,德国,2021,0,2,0\r\n德国,德国,2022,0,1,0\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("q=x", "q", "Give 2 to 6 queries (q=...&q=...); 1 given.")]
    [InlineData("q=a&q=b&q=c&q=d&q=e&q=f&q=g", "q", "Give 2 to 6 queries (q=...&q=...); 7 given.")]
    [InlineData("q=a&q=", "q", "A query is empty; every q needs words.")]
    [InlineData("q=a&q=b&interval=week", "interval", "Interval must be month or year.")]
    [InlineData("q=a&q=b&format=jsonl", "format", "Format must be csv (or left out for JSON).")]
    [InlineData("q=a&q=b&zone=atlantis", "zone", "Unknown zone 'atlantis'. The valid ids are listed at /api/v1/facets.")]
    [InlineData("q=a&q=b&from=2022-01-01&to=2021-01-01", "from", "The start date 2022-01-01 is after the end date 2021-01-01.")]
    [InlineData("q=a&q=b&collapse=maybe", "collapse", "Collapse must be true or false.")]
    public async Task InvalidTrendParametersGetA400NamingTheParameter(string query, string parameter, string message)
    {
        var problem = await Json.Get(_client, "/api/v1/trends?" + query, 400);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(parameter, error.Name);
        Assert.Equal([message], error.Value.EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task ALongQueryIsRefusedNamingQ()
    {
        var problem = await Json.Get(_client, $"/api/v1/trends?q=a&q={new string('苏', 257)}", 400);

        Assert.Equal(["The query is 257 characters long; the limit is 256."], problem.GetProperty("errors").GetProperty("q").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheTrendsWithTheirValues()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty("/api/v1/trends").GetProperty("get");
        var parameters = operation.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(["q", "zone", "country", "sector", "source", "from", "to", "collapse", "interval", "format"], parameters.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("array", parameters[0].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(["month", "year"], Enum(parameters.Single(p => p.GetProperty("name").GetString() == "interval")));
        Assert.Equal(["csv"], Enum(parameters.Single(p => p.GetProperty("name").GetString() == "format")));
        var content = operation.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(content.TryGetProperty("application/json", out _));
        Assert.StartsWith("\uFEFFq,query,period,count,total,share", content.GetProperty("text/csv").GetProperty("example").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Enum(JsonElement parameter) =>
        parameter.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString());

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString()!)];

    private static List<(string Period, int Count, int Total, double Share)> Points(JsonElement series) =>
        [.. series.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("period").GetString()!, p.GetProperty("count").GetInt32(),
            p.GetProperty("total").GetInt32(), p.GetProperty("share").GetDouble()))];

    private static (DateOnly From, DateOnly To) Dates(string period, string interval)
    {
        if (interval == "year")
        {
            var year = int.Parse(period, CultureInfo.InvariantCulture);
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var first = DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    // The filters with the period's dates, inside any dates the filters already have.
    private static string Narrowed(string filters, DateOnly from, DateOnly to)
    {
        var parts = filters.Split('&', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var part in parts.Where(p => p.StartsWith("from=", StringComparison.Ordinal) || p.StartsWith("to=", StringComparison.Ordinal)).ToList())
        {
            parts.Remove(part);
            var date = DateOnly.ParseExact(part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (part.StartsWith("from=", StringComparison.Ordinal))
            {
                from = date > from ? date : from;
            }
            else
            {
                to = date < to ? date : to;
            }
        }

        return string.Concat(parts.Select(p => "&" + p)) + $"&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
    }
}

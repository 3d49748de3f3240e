using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;

namespace NewsSearch.Api.Tests;

public class FeedEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task FeedIsAtomWithTheNewestDatedArticlesAndNoUndatedOne()
    {
        var (response, feed) = await Feed("");

        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        AssertValidAtom(feed);
        Assert.Equal("NewsSearch: newest articles", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2022-11-06T00:00:00+08:00", feed.Element(Atom + "updated")!.Value);
        // 004 has no date: Atom needs one per entry, and undated articles sort after every dated one.
        Assert.Equal(
            ["001_3d349f3940e6cb6b", "003_cff4dd02faf2c418", "002_8701b1438f67845e", "000_69931a395751e654"],
            Entries(feed).Select(e => e.Element(Atom + "id")!.Value["urn:newssearch:article:".Length..]));
        var second = Entries(feed)[1];
        Assert.Equal("苏州高新区抢抓国家战略机遇 积极融入长三角", second.Element(Atom + "title")!.Value);
        Assert.Equal("2021-11-05T00:00:00+08:00", second.Element(Atom + "published")!.Value);
        Assert.Equal("2021-11-05T00:00:00+08:00", second.Element(Atom + "updated")!.Value);
        Assert.Equal("国际商报", second.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("http://localhost/?article=003_cff4dd02faf2c418", Link(second, "alternate"));
        Assert.Equal("http://localhost/api/v1/search/feed", Link(feed, "self"));
    }

    [Fact]
    public async Task FeedHoldsTheSearchsHitsNewestFirstWithTheirSnippets()
    {
        var search = await Json.Get(_client, $"/api/v1/search?q={Json.Q("苏州 合作")}&sort=newest&pageSize=50");
        var (_, feed) = await Feed($"q={Json.Q("苏州 合作")}");

        var hits = search.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("published").ValueKind != System.Text.Json.JsonValueKind.Null).ToList();
        Assert.Equal(hits.Select(h => "urn:newssearch:article:" + h.GetProperty("id").GetString()), Entries(feed).Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal(hits.Select(h => h.GetProperty("snippet").GetString()), Entries(feed).Select(e => e.Element(Atom + "summary")!.Value));
        Assert.All(Entries(feed), e => Assert.Equal("html", e.Element(Atom + "summary")!.Attribute("type")!.Value));
        Assert.Equal("http://localhost/?q=%E8%8B%8F%E5%B7%9E%20%E5%90%88%E4%BD%9C&sort=newest", Link(feed, "alternate"));
    }

    [Fact]
    public async Task TraditionalArticleIsQuotedInTraditionalForASimplifiedQuery()
    {
        var (_, feed) = await Feed($"q={Json.Q("苏州工业园区")}");

        var entry = Assert.Single(Entries(feed), e => e.Element(Atom + "id")!.Value.EndsWith("001_3d349f3940e6cb6b", StringComparison.Ordinal));
        Assert.Equal("2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行", entry.Element(Atom + "title")!.Value);
        Assert.Contains("<mark>蘇州工業園區</mark>", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("苏州工业园区", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryIdsAreTheSameInEveryFeedAndFeedIdsDifferBySearch()
    {
        var (_, all) = await Feed("");
        var (_, singapore) = await Feed($"q={Json.Q("新加坡")}");
        var (_, again) = await Feed($"q={Json.Q("新加坡")}");

        var ids = Entries(singapore).Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(["urn:newssearch:article:001_3d349f3940e6cb6b", "urn:newssearch:article:000_69931a395751e654"], ids);
        Assert.Subset(Entries(all).Select(e => e.Element(Atom + "id")!.Value).ToHashSet(), ids.ToHashSet());
        Assert.Equal(singapore.ToString(), again.ToString());
        Assert.NotEqual(all.Element(Atom + "id")!.Value, singapore.Element(Atom + "id")!.Value);
        // The same search spelt with its filters in another order is the same feed.
        var (_, ab) = await Feed("zone=sip&zone=xiangcheng");
        var (_, ba) = await Feed("zone=xiangcheng&zone=sip");
        Assert.Equal(ab.Element(Atom + "id")!.Value, ba.Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task AnUnchangedFeedAnswers304ToIfNoneMatchAndToIfModifiedSince()
    {
        using var first = await Dated($"q={Json.Q("新加坡")}");
        var tag = first.Headers.ETag;
        var modified = first.Content.Headers.LastModified;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.NotNull(modified);

        using var byTag = await Conditional($"q={Json.Q("新加坡")}", tag, null);
        using var byDate = await Conditional($"q={Json.Q("新加坡")}", null, modified);
        using var otherTag = await Conditional($"q={Json.Q("新加坡")}", new EntityTagHeaderValue("\"other\""), modified);
        using var otherFeed = await Conditional($"q={Json.Q("日本")}", tag, null);

        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, byTag.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        // If-None-Match decides when both are sent (RFC 9110 13.2.2): another tag means a changed feed.
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherFeed.StatusCode);
    }

    [Fact]
    public async Task AWriteThatChangesTheFeedAnswersTheOldValidatorsWithTheNewFeed()
    {
        var query = $"q={Json.Q("太仓港")}";
        using var before = await Dated(query);
        Assert.Empty(Entries(XDocument.Parse(await before.Content.ReadAsStringAsync()).Root!));
        var writer = app.CreateWriter();
        try
        {
            await Json.Post(writer, "/api/v1/articles", new { id = "feed-1", title = "太仓港集装箱吞吐量创新高", published = "2023-05-06", body = "太仓港今年集装箱吞吐量创新高。" });

            using var byTag = await Conditional(query, before.Headers.ETag, null);
            using var byDate = await Conditional(query, null, before.Content.Headers.LastModified);

            Assert.Equal(HttpStatusCode.OK, byTag.StatusCode);
            Assert.Equal(HttpStatusCode.OK, byDate.StatusCode);
            Assert.NotEqual(before.Headers.ETag, byTag.Headers.ETag);
            Assert.True(byDate.Content.Headers.LastModified is null || byDate.Content.Headers.LastModified > before.Content.Headers.LastModified);
            var entry = Assert.Single(Entries(XDocument.Parse(await byTag.Content.ReadAsStringAsync()).Root!));
            Assert.Equal("urn:newssearch:article:feed-1", entry.Element(Atom + "id")!.Value);
        }
        finally
        {
            await writer.DeleteAsync("/api/v1/articles/feed-1");
        }
    }

    [Theory]
    [InlineData("zone=atlantis", "zone")]
    [InlineData("collapse=maybe", "collapse")]
    [InlineData("from=2022-01-01&to=2021-01-01", "from")]
    [InlineData("to=yesterday", "to")]
    public async Task InvalidFeedParametersGetA400NamingTheParameter(string query, string parameter)
    {
        var problem = await Json.Get(_client, "/api/v1/search/feed?" + query, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheFeedWithIts304()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");

        var feed = document.GetProperty("paths").GetProperty("/api/v1/search/feed").GetProperty("get");
        var parameters = feed.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!.ToLowerInvariant());
        Assert.Equal(["q", "zone", "country", "sector", "source", "from", "to", "collapse"], parameters);
        var responses = feed.GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/atom+xml", out _), responses.ToString());
        Assert.True(responses.TryGetProperty("304", out _), responses.ToString());
        Assert.True(responses.TryGetProperty("400", out _), responses.ToString());
    }

    // What RFC 4287 requires of a feed and its entries (4.1.1, 4.1.2): one id, title and updated each,
    // an author for the feed (entries inherit it), a link or content per entry, dates as RFC 3339.
    private static void AssertValidAtom(XElement feed)
    {
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var element in new[] { feed }.Concat(Entries(feed)))
        {
            foreach (var required in new[] { "id", "title", "updated" })
            {
                Assert.Single(element.Elements(Atom + required));
            }

            Assert.True(Uri.TryCreate(element.Element(Atom + "id")!.Value, UriKind.Absolute, out _), element.Element(Atom + "id")!.Value);
            Assert.True(DateTimeOffset.TryParseExact(element.Element(Atom + "updated")!.Value, "yyyy-MM-dd'T'HH:mm:sszzz", null, System.Globalization.DateTimeStyles.None, out _));
        }

        Assert.Single(feed.Elements(Atom + "author"));
        Assert.All(Entries(feed), e => Assert.Single(e.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate"));
        Assert.Equal(Entries(feed).Count, Entries(feed).Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    private async Task<(HttpResponseMessage Response, XElement Feed)> Feed(string query)
    {
        var response = await _client.GetAsync("/api/v1/search/feed?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return (response, XDocument.Parse(text).Root!);
    }

    // A write in the same second as a date already handed out (another test's) is dated the next second,
    // and feeds have no Last-Modified until then.
    private async Task<HttpResponseMessage> Dated(string query)
    {
        var response = await _client.GetAsync("/api/v1/search/feed?" + query);
        for (var tries = 0; response.Content.Headers.LastModified is null && tries < 3; tries++)
        {
            response.Dispose();
            await Task.Delay(TimeSpan.FromSeconds(1));
            response = await _client.GetAsync("/api/v1/search/feed?" + query);
        }

        Assert.NotNull(response.Content.Headers.LastModified);
        return response;
    }

    private async Task<HttpResponseMessage> Conditional(string query, EntityTagHeaderValue? tag, DateTimeOffset? since)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search/feed?" + query);
        if (tag is not null)
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        request.Headers.IfModifiedSince = since;
        return await _client.SendAsync(request);
    }

    private static List<XElement> Entries(XElement feed) => [.. feed.Elements(Atom + "entry")];

    private static string? Link(XElement element, string rel) =>
        (string?)element.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href");
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>Every endpoint answers hostile input with JSON, never a 500, and every error is a problem.</summary>
public sealed class HostileRequestTests(ReliabilityApplication app) : IClassFixture<ReliabilityApplication>
{
    private static readonly string[] RawUrlPieces = ["%00", "%FF", "%C0%AF", "%2F", "..%2F", "%E4%B8", "%25", "+", "&", "=", "[]", "%0D%0A"];

    private static readonly Gen<string> UrlText = Gen.Frequency(
        (4, HostileStrings.Any.Select(ResponseRules.Encode)),
        (1, Gen.ListOf(Gen.Elements(RawUrlPieces)).Select(p => string.Concat(p))));

    // The in-memory test server refuses a NUL in the path before the app sees it; the service
    // process test sends %00 in a path to real Kestrel instead.
    private static readonly Gen<string> PathText = UrlText.Select(p => p.Replace("%00", "%01", StringComparison.Ordinal)).Select(p => p.Length == 0 ? "x" : p);

    [Fact]
    public async Task SearchWithHostileQueryAndFiltersNeverFails()
    {
        using var client = app.CreateClient();
        var names = Gen.Elements("q", "zone", "country", "sector", "source", "from", "to", "sort", "page", "pageSize", "q", "x");
        var values = Gen.OneOf(UrlText, Gen.Elements("1", "0", "-1", "100", "101", "2147483648", "2021-06-07", "2021-02-30", "newest", "Relevance", "2", "snd"));
        var queries = Gen.ListOf(names.Zip(values, (n, v) => n + "=" + v)).Select(pairs => "/api/v1/search?" + string.Join('&', pairs));
        await Task.Run(() => Check.One(HostileStrings.Config(250), Prop.ForAll(queries.ToArbitrary(), url =>
        {
            using var response = client.GetAsync(url).GetAwaiter().GetResult();
            ResponseRules.AssertWellFormed(response, url).GetAwaiter().GetResult();
        })));
    }

    [Fact]
    public async Task ArticleWithHostileIdAndQueryNeverFails()
    {
        using var client = app.CreateClient();
        var urls = PathText.Zip(UrlText, (id, q) => $"/api/v1/articles/{id}?q={q}");
        await Task.Run(() => Check.One(HostileStrings.Config(250), Prop.ForAll(urls.ToArbitrary(), url =>
        {
            using var response = client.GetAsync(url).GetAwaiter().GetResult();
            ResponseRules.AssertWellFormed(response, url).GetAwaiter().GetResult();
        })));
    }

    [Fact]
    public async Task PostingHostileJsonNeverFails()
    {
        using var writer = app.CreateWriter();
        var bodies = Gen.Frequency((5, Json(3)), (1, HostileStrings.Any));
        var targets = Gen.Elements("/api/v1/articles", "/api/v1/articles/content-hashes");
        var requests = targets.Zip(bodies);
        await Task.Run(() => Check.One(HostileStrings.Config(250), Prop.ForAll(requests.ToArbitrary(), request =>
        {
            var (url, body) = request;
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = writer.PostAsync(url, content).GetAwaiter().GetResult();
            ResponseRules.AssertWellFormed(response, url + " " + body[..Math.Min(300, body.Length)]).GetAwaiter().GetResult();
        })));
    }

    [Fact]
    public async Task DeletingHostileIdsNeverFails()
    {
        using var writer = app.CreateWriter();
        var urls = PathText.Select(id => "/api/v1/articles/" + id);
        await Task.Run(() => Check.One(HostileStrings.Config(150), Prop.ForAll(urls.ToArbitrary(), url =>
        {
            using var response = writer.DeleteAsync(url).GetAwaiter().GetResult();
            ResponseRules.AssertWellFormed(response, url).GetAwaiter().GetResult();
        })));
    }

    [Theory]
    [InlineData("/api/v1/facets")]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/openapi/v1.json")]
    public async Task OtherEndpointsAnswerJson(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);
        await ResponseRules.AssertWellFormed(response, url);
    }

    private static Gen<string> Json(int depth)
    {
        var text = HostileStrings.AtMost(400).Select(s => System.Text.Json.JsonSerializer.Serialize(s));
        var scalar = Gen.OneOf(text, Gen.Elements("null", "true", "false", "0", "-1", "1e308", "12345678901234567890", "\"2021-06-07\"", "\"\""));
        if (depth == 0)
        {
            return scalar;
        }

        var keys = Gen.Elements("id", "url", "title", "body", "published", "source", "author", "tags", "Body", "\"", "");
        var member = keys.Zip(Gen.OneOf(scalar, scalar, Json(depth - 1)), (k, v) => System.Text.Json.JsonSerializer.Serialize(k) + ":" + v);
        var obj = Gen.ListOf(member).Select(m => "{" + string.Join(',', m) + "}");
        var array = Gen.ListOf(Gen.OneOf(obj, scalar)).Select(items => "[" + string.Join(',', items) + "]");
        return Gen.Frequency((4, obj), (2, array), (1, scalar));
    }
}

using System.Net;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

/// <summary>
/// Walks the OpenAPI document and holds each thing it says against what the endpoints do: every query
/// parameter is read under the name the document gives, every listed value is accepted and nothing
/// else, and every operation on an article by id lists the 404 it answers for an unknown one.
/// </summary>
public class OpenApiDocumentTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private const string Seed = "002_8701b1438f67845e";

    // A value each validated parameter refuses, so a 400 naming the parameter proves the endpoint read it by that name.
    private static readonly Dictionary<string, string> Refused = new()
    {
        ["q"] = new string('苏', 257),
        ["zone"] = "nosuch",
        ["country"] = "nosuch",
        ["sector"] = "nosuch",
        ["from"] = "notadate",
        ["to"] = "notadate",
        ["page"] = "0",
        ["pageSize"] = "0",
        ["limit"] = "0",
        ["width"] = "4",
        ["prefix"] = new string('苏', 257),
    };

    // Parameters that take any text: the document names them and the endpoint answers 200 with one.
    private static readonly Dictionary<string, string> AnyText = new()
    {
        ["source"] = "国际商报",
    };

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task EveryQueryParameterIsReadUnderTheNameTheDocumentGives()
    {
        var checkedOnes = 0;
        foreach (var (path, parameter) in await QueryParameters())
        {
            var name = parameter.GetProperty("name").GetString()!;
            var url = Url(path, name);
            if (AllowedValues(parameter) is { } allowed)
            {
                Assert.True(allowed.Count > 0, $"{path} {name}: an empty list of values");
                await AssertRefusedNaming(url + "nosuch-value", name);
            }
            else if (Refused.TryGetValue(name, out var bad))
            {
                await AssertRefusedNaming(url + Uri.EscapeDataString(bad), name);
            }
            else
            {
                Assert.True(AnyText.TryGetValue(name, out var text), $"{path}: the test has no value to try for the parameter '{name}'");
                Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url + Uri.EscapeDataString(text))).StatusCode);
            }

            checkedOnes++;
        }

        Assert.True(checkedOnes >= 30, $"only {checkedOnes} parameters in the document");
    }

    [Fact]
    public async Task EveryValueTheDocumentListsIsAccepted()
    {
        var listed = 0;
        foreach (var (path, parameter) in await QueryParameters())
        {
            var name = parameter.GetProperty("name").GetString()!;
            foreach (var value in AllowedValues(parameter) ?? [])
            {
                // A pivot needs two different dimensions.
                var other = name switch
                {
                    "rows" => "&cols=" + (value == "year" ? "zone" : "year"),
                    "cols" => "&rows=" + (value == "year" ? "zone" : "year"),
                    _ => "",
                };
                var response = await _client.GetAsync(Url(path, name) + value + other);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}?{name}={value}{other}: {(int)response.StatusCode}");
                listed++;
            }
        }

        Assert.Equal((3 + 2 + 2) + (3 + 2 + 2) + (2 + 4 + 4) + 2 + (3 + 2 + 2) + (2 + 2 + 1) + 2, listed); // search: sort, collapse, timeline; export: sort, collapse, format; pivot: collapse, rows, cols; feed: collapse; concordance: sort, collapse, format; trends: collapse, interval, format; terms: collapse
    }

    [Fact]
    public async Task EveryOperationOnAnArticleByIdListsThe404ItAnswers()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");
        var writer = app.CreateWriter();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.Contains("{id}", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), path.Name.Replace("{id}", "no-such-article", StringComparison.Ordinal));
                var response = await writer.SendAsync(request);

                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.True(operation.Value.GetProperty("responses").TryGetProperty("404", out _), $"{operation.Name} {path.Name} does not list its 404");
                operations++;
            }
        }

        Assert.Equal(4, operations); // get, delete, related, versions
    }

    private async Task AssertRefusedNaming(string url, string name)
    {
        var problem = await Json.Get(_client, url, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out _), $"{url}: the 400 does not name '{name}': {problem}");
    }

    // Parameters an operation cannot answer 200 without: a concordance needs words to find, trends two queries.
    private static readonly Dictionary<string, (string Name, string Query)> Needed = new()
    {
        ["/api/v1/search/concordance"] = ("q", "q=%E8%8B%8F%E5%B7%9E"),
        ["/api/v1/trends"] = ("q", "q=%E6%96%B0%E5%8A%A0%E5%9D%A1&q=%E6%97%A5%E6%9C%AC"),
    };

    private static string Url(string path, string name) =>
        path.Replace("{id}", Seed, StringComparison.Ordinal) + "?"
        + (Needed.TryGetValue(path, out var needed) && needed.Name != name ? needed.Query + "&" : "")
        + name + "=";

    private static List<string>? AllowedValues(JsonElement parameter) =>
        parameter.TryGetProperty("schema", out var schema) && schema.TryGetProperty("enum", out var values)
            ? [.. values.EnumerateArray().Select(v => v.GetString()!)]
            : null;

    private async Task<List<(string Path, JsonElement Parameter)>> QueryParameters()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");
        return [.. from path in document.GetProperty("paths").EnumerateObject()
                   where path.Value.TryGetProperty("get", out _)
                   let get = path.Value.GetProperty("get")
                   where get.TryGetProperty("parameters", out _)
                   from parameter in get.GetProperty("parameters").EnumerateArray()
                   where parameter.GetProperty("in").GetString() == "query"
                   select (path.Name, parameter.Clone())];
    }
}

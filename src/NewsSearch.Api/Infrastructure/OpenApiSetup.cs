using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsSearch.Api.Articles;
using NewsSearch.Api.Facets;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Pivot;
using NewsSearch.Core.Search.Related;
using NewsSearch.Core.Search.Suggestions;

namespace NewsSearch.Api.Infrastructure;

/// <summary>The OpenAPI document at /openapi/v1.json (described from the typed endpoints) and its browser at /docs.</summary>
public static class OpenApiSetup
{
    /// <summary>The operation id of the export endpoint, whose file formats get examples here.</summary>
    public const string ExportOperation = "ExportSearch";

    public static IServiceCollection AddNewsSearchOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "NewsSearch API";
                document.Info.Version = "v1";
                document.Info.Description =
                    "Search Chinese regional-development news (Suzhou's development zones, their foreign partners and industries). " +
                    "Queries accept Simplified or Traditional Chinese, \"phrases\", OR, -word / NOT, ( ), title:, source: and word*. " +
                    "Errors are RFC 7807 problem documents. Writes need the X-Api-Key header.";
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (Examples.TryGetValue(context.JsonTypeInfo.Type, out var example))
                {
                    schema.Examples = [JsonNode.Parse(example)!];
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                // Search and export share their parameters through a base class, whose properties reflection lists last.
                if (operation.Parameters is { Count: > 1 } parameters)
                {
                    var ordered = parameters.OrderBy(p => Array.FindIndex(ParameterOrder, n => n.Equals(p.Name, StringComparison.OrdinalIgnoreCase))).ToList();
                    parameters.Clear();
                    ordered.ForEach(parameters.Add);
                }

                // Parameters bound from text list the words they accept; a client generator then offers exactly those.
                foreach (var parameter in operation.Parameters ?? [])
                {
                    if (parameter.In == ParameterLocation.Query && parameter.Name is { } name
                        && (OperationValues.TryGetValue((operation.OperationId ?? "", name), out var values) || AllowedValues.TryGetValue(name, out values))
                        && parameter.Schema is OpenApiSchema schema)
                    {
                        schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
                    }
                }

                // One status code holds one Produces: the concordance's JSON page is declared, its files are added here.
                if (operation.OperationId == Search.ConcordanceApi.Operation && operation.Responses?.TryGetValue("200", out var page) == true && page is OpenApiResponse response)
                {
                    response.Content ??= new Dictionary<string, OpenApiMediaType>();
                    foreach (var type in ConcordanceExamples.Keys)
                    {
                        response.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                    }
                }

                if (operation.OperationId == Trends.TrendsApi.Operation && operation.Responses?.TryGetValue("200", out var series) == true && series is OpenApiResponse trends)
                {
                    trends.Content ??= new Dictionary<string, OpenApiMediaType>();
                    trends.Content["text/csv"] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        Example = JsonValue.Create("\uFEFF" + Core.Search.Trends.TrendsCsv.Header + "\r\n新加坡,新加坡,2021-11,0,1,0\r\n新加坡,新加坡,2022-11,1,1,1\r\n"),
                    };
                }

                if (operation.OperationId is ExportOperation or Search.ConcordanceApi.Operation && operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
                {
                    foreach (var (type, media) in content.Where(c => c.Key != "application/json"))
                    {
                        var examples = operation.OperationId == ExportOperation ? ExportExamples : ConcordanceExamples;
                        media.Example = examples.TryGetValue(type, out var example) ? JsonValue.Create(example) : null;
                    }
                }

                return Task.CompletedTask;
            });
        });

    public static WebApplication MapNewsSearchOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "docs";
            ui.SwaggerEndpoint("/openapi/v1.json", "NewsSearch API v1");
            ui.DocumentTitle = "NewsSearch API";
        });
        return app;
    }

    private static readonly Dictionary<string, string[]> AllowedValues = new()
    {
        ["sort"] = [.. Enum.GetNames<SearchSort>().Select(n => n.ToLowerInvariant())],
        ["timeline"] = [.. Enum.GetValues<SearchTimeline>().Where(t => t != SearchTimeline.None).Select(t => t.ToString().ToLowerInvariant())],
        ["format"] = [.. Core.Search.Export.ResultSetWriter.Names],
        ["rows"] = [.. Enum.GetNames<PivotAxis>().Select(n => n.ToLowerInvariant())],
        ["cols"] = [.. Enum.GetNames<PivotAxis>().Select(n => n.ToLowerInvariant())],
        ["collapse"] = ["true", "false"],
    };

    // A parameter whose values differ from the one of the same name elsewhere, by operation id.
    private static readonly Dictionary<(string Operation, string Parameter), string[]> OperationValues = new()
    {
        [(Search.ConcordanceApi.Operation, "sort")] = [.. Core.Search.Concordance.Concordancer.SortNames],
        [(Trends.TrendsApi.Operation, "format")] = ["csv"],
        [(Trends.TrendsApi.Operation, "interval")] = [.. Core.Search.Trends.SearchTrends.IntervalNames],
    };

    // Path parameters and any not listed keep their place at the front.
    private static readonly string[] ParameterOrder = ["q", "zone", "country", "sector", "source", "from", "to", "sort", "collapse", "page", "pageSize", "timeline", "interval", "width", "format", "limit"];

    private static readonly Dictionary<string, string> ConcordanceExamples = new()
    {
        ["text/csv"] = "\uFEFF" + Core.Search.Concordance.ConcordanceWriter.Header + "\r\n" +
            "001_3d349f3940e6cb6b,,2022-11-06,第五屆中新合作服務貿易創新論壇在,蘇州工業園區,舉行。,\"2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行\",true\r\n",
        ["application/x-ndjson"] = """
            {"id":"001_3d349f3940e6cb6b","title":"","published":"2022-11-06","left":"第五屆中新合作服務貿易創新論壇在","match":"蘇州工業園區","right":"舉行。","heading":"2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行","headingDerived":true}

            """,
    };

    private static readonly Dictionary<string, string> ExportExamples = new()
    {
        ["text/csv"] = "\uFEFFid,title,published,source,url,zones,countries,sectors,score,heading,headingDerived\r\n" +
            "003_cff4dd02faf2c418,苏州高新区抢抓国家战略机遇 积极融入长三角,2021-11-05,国际商报,,snd;shenzhen;yangtze-delta,japan,finance;digital-economy,12.5,苏州高新区抢抓国家战略机遇 积极融入长三角,false\r\n" +
            "001_3d349f3940e6cb6b,,2022-11-06,,,sip,singapore,trade,3.1,\"2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行\",true\r\n",
        ["application/x-ndjson"] = """
            {"id":"003_cff4dd02faf2c418","title":"苏州高新区抢抓国家战略机遇 积极融入长三角","published":"2021-11-05","source":"国际商报","url":null,"zones":["snd","shenzhen","yangtze-delta"],"countries":["japan"],"sectors":["finance","digital-economy"],"score":12.5,"heading":"苏州高新区抢抓国家战略机遇 积极融入长三角","headingDerived":false}
            {"id":"001_3d349f3940e6cb6b","title":"","published":"2022-11-06","source":"","url":null,"zones":["sip"],"countries":["singapore"],"sectors":["trade"],"score":3.1,"heading":"2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行","headingDerived":true}

            """,
    };

    private static readonly Dictionary<Type, string> Examples = new()
    {
        [typeof(SearchHit)] = """
            {"id":"003_cff4dd02faf2c418","title":"苏州高新区抢抓国家战略机遇 积极融入长三角","published":"2021-11-05","source":"国际商报",
             "url":null,"zones":["snd","shenzhen","yangtze-delta"],"countries":["japan"],"sectors":["finance","digital-economy"],
             "score":12.5,"snippet":"…<mark>苏州高新区</mark>对接大湾区创新发展推介会…","versions":3,"group":"4",
             "heading":"苏州高新区抢抓国家战略机遇 积极融入长三角","headingDerived":false}
            """,
        [typeof(FacetCount)] = """{"value":"snd","label":"苏州高新区","count":2,"selected":false}""",
        [typeof(SearchResponse)] = """
            {"total":2,"page":1,"pageSize":20,"tookMs":1.8,"query":"苏州高新区 AND 深圳",
             "hits":[{"id":"003_cff4dd02faf2c418","title":"苏州高新区抢抓国家战略机遇 积极融入长三角","published":"2021-11-05",
                      "source":"国际商报","url":null,"zones":["snd","shenzhen"],"countries":["japan"],"sectors":["finance"],
                      "score":12.5,"snippet":"…<mark>苏州高新区</mark>…在<mark>深圳</mark>举行…","versions":1,"group":"4",
                      "heading":"苏州高新区抢抓国家战略机遇 积极融入长三角","headingDerived":false},
                     {"id":"001_3d349f3940e6cb6b","title":"","published":"2022-11-06","source":"","url":null,"zones":["sip"],
                      "countries":["singapore"],"sectors":["trade"],"score":3.1,"snippet":"…<mark>蘇州</mark>工業園區…","versions":1,"group":"1",
                      "heading":"2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行","headingDerived":true}],
             "facets":{"zone":[{"value":"snd","label":"苏州高新区","count":1,"selected":false}],"country":[],"sector":[],
                       "year":[{"value":"2021","label":"2021","count":1,"selected":false}]}}
            """,
        [typeof(ArticleResponse)] = """
            {"id":"002_8701b1438f67845e","url":null,"title":"苏州高新区秉承长三角一体化发展思维,积极鼓励企业“走出去”",
             "published":"2021-06-07","source":"苏州高新区","author":"夏燕燕","body":"“借助长三角一体化发展优势……",
             "zones":[{"value":"shanghai","label":"上海","labelEn":"Shanghai","mentions":21}],"countries":[],"sectors":[],
             "highlighted":null,"group":"3","versions":1,"heading":"苏州高新区秉承长三角一体化发展思维,积极鼓励企业“走出去”","headingDerived":false}
            """,
        [typeof(ReprintGroup)] = """
            {"group":"4","versions":[
              {"id":"003_cff4dd02faf2c418","title":"苏州高新区抢抓国家战略机遇 积极融入长三角","source":"国际商报","published":"2021-11-05","url":null,
               "heading":"苏州高新区抢抓国家战略机遇 积极融入长三角","headingDerived":false},
              {"id":"sip-2021-1107","title":"","source":"联合早报","published":"2021-11-07","url":"https://example.org/1107.html",
               "heading":"苏州高新区抢抓国家战略机遇,积极融入长三角一体化","headingDerived":true}]}
            """,
        [typeof(ArticleRecordInput)] = """
            {"id":"sip-2023-0412","url":"https://example.org/news/0412.html","title":"苏州工业园区与新加坡签署绿色发展合作备忘录",
             "published":"2023-04-12","source":"苏州日报","author":"记者 王明","body":"4月12日,苏州工业园区管委会与新加坡企发局签署……"}
            """,
        [typeof(RelatedResponse)] = """
            {"id":"002_8701b1438f67845e","related":[{"id":"003_cff4dd02faf2c418","title":"苏州高新区抢抓国家战略机遇 积极融入长三角",
             "published":"2021-11-05","source":"国际商报","url":null,"score":9.5461,"sharedTerms":["研究院","各类","试验","器械","工程"],
             "heading":"苏州高新区抢抓国家战略机遇 积极融入长三角","headingDerived":false}]}
            """,
        [typeof(PivotTable)] = """
            {"rows":"zone","cols":"country","query":"苏州","total":5,
             "rowValues":[{"value":"snd","label":"苏州高新区","labelEn":"Suzhou New District","count":2},
                          {"value":"sip","label":"苏州工业园区","labelEn":"Suzhou Industrial Park","count":1}],
             "colValues":[{"value":"japan","label":"日本","labelEn":"Japan","count":3},
                          {"value":"singapore","label":"新加坡","labelEn":"Singapore","count":1}],
             "cells":[{"row":"snd","col":"japan","count":2},{"row":"sip","col":"singapore","count":1}]}
            """,
        [typeof(SuggestResponse)] = """
            {"prefix":"蘇州","suggestions":[{"text":"蘇州高新區","kind":"zone","value":"snd","count":2},
             {"text":"蘇州工業園區","kind":"zone","value":"sip","count":1},{"text":"蘇州","kind":"word","value":null,"count":3}]}
            """,
        [typeof(Core.Search.Concordance.ConcordanceResponse)] = """
            {"query":"苏州工业园区","total":2,"articles":1,"page":1,"pageSize":50,"width":10,"sort":"date",
             "lines":[{"id":"001_3d349f3940e6cb6b","title":"","published":"2022-11-06","left":"服務貿易創新論壇在","match":"蘇州工業園區",
                       "right":"舉行。中新服貿論壇,","heading":"2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行","headingDerived":true}]}
            """,
        [typeof(Core.Search.Trends.TrendsResponse)] = """
            {"interval":"year","periods":["2019","2020","2021","2022"],
             "series":[{"q":"新加坡","query":"新加坡","total":2,"points":[{"period":"2019","count":1,"total":1,"share":1},
                        {"period":"2020","count":0,"total":0,"share":0},{"period":"2021","count":0,"total":2,"share":0},{"period":"2022","count":1,"total":1,"share":1}]},
                       {"q":"日本","query":"日本","total":3,"points":[{"period":"2019","count":1,"total":1,"share":1},
                        {"period":"2020","count":0,"total":0,"share":0},{"period":"2021","count":2,"total":2,"share":1},{"period":"2022","count":0,"total":1,"share":0}]}]}
            """,
        [typeof(Core.Search.Terms.SignificantTermsResponse)] = """
            {"query":"新加坡","foregroundSize":2,"backgroundSize":5,"sampled":false,"sampleSize":2,
             "terms":[{"term":"中新","foreground":2,"background":2,"score":1.5},{"term":"园区","foreground":2,"background":3,"score":0.666667}]}
            """,
        [typeof(IngestResult)] = """{"added":1,"updated":0,"unchanged":0,"skipped":[]}""",
        [typeof(FacetsResponse)] = """
            {"zone":[{"value":"sip","label":"苏州工业园区","labelEn":"Suzhou Industrial Park","parent":null,"count":2}],
             "country":[{"value":"singapore","label":"新加坡","labelEn":"Singapore","parent":null,"count":1}],"sector":[]}
            """,
    };
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Export;

namespace NewsSearch.Indexer.Commands;

/// <summary>
/// <c>search "&lt;query&gt;" [--zone] [--country] [--sector] [--all-versions] [--json | --export csv|jsonl [--out file]]</c>:
/// ranked hits and facets at a terminal, or every hit in the HTTP API's export format.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query: words, \"phrases\", OR, -word, NOT, ( ), title:, source:, word*", Arity = ArgumentArity.ZeroOrOne };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance, newest or oldest", DefaultValueFactory = _ => SearchSort.Relevance };
        var page = new Option<int>("--page") { DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print the HTTP API's JSON response instead" };
        var export = new Option<string?>("--export") { Description = "Write every hit (no paging) as csv or jsonl, byte for byte as GET /api/v1/search/export does" };
        var output = new Option<string?>("--out") { Description = "With --export: the file to write (default: standard output)" };
        var filters = new FilterOptions();
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();

        var command = new Command("search", "Search the index")
        {
            query, sort, page, pageSize, json, export, output, database, engine, taxonomy, segmenter,
        };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var writer = parse.GetValue(export) is { } format
                ? ResultSetWriter.ForName(format) ?? throw new UsageException($"--export must be {string.Join(" or ", ResultSetWriter.Names)}, not '{format}'", ExitCodes.Usage)
                : null;
            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var request = filters.Request(parse, parse.GetValue(query)) with
            {
                Sort = parse.GetValue(sort),
                Page = parse.GetValue(page),
                PageSize = parse.GetValue(pageSize),
            };

            var errors = new SearchRequestValidator(workspace.Vocabulary, parameter => $"List the valid ids with: indexer facets {parameter}").Validate(request);
            if (errors.Count > 0)
            {
                foreach (var (parameter, messages) in errors)
                {
                    Console.Error.WriteLine($"error: {parameter}: {string.Join(" ", messages)}");
                }

                return ExitCodes.Usage;
            }

            var service = new SearchService(workspace.Index, workspace.Analyzer, workspace.Vocabulary);
            if (writer is not null)
            {
                await Export(service.ReadAll(request), writer, parse.GetValue(output), cancellationToken);
                return ExitCodes.Success;
            }

            var response = service.Search(request);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(response, SearchJson.Indented));
            }
            else
            {
                Print(response, workspace);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task Export(ResultSet results, ResultSetWriter writer, string? path, CancellationToken cancellationToken)
    {
        await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
        var written = await writer.WriteAsync(stream, results.Rows(cancellationToken), cancellationToken);
        if (path is not null)
        {
            Console.Out.WriteLine($"exported {written} articles to {Path.GetFullPath(path)}");
        }
    }

    private static void Print(SearchResponse response, Workspace workspace)
    {
        var text = new TerminalText(!Console.IsOutputRedirected);
        var understood = response.Query.Length > 0 ? $" for {response.Query}" : "";
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.Total} results{understood} ({response.TookMs:0.0} ms)"));
        var rank = (response.Page - 1) * response.PageSize;
        foreach (var hit in response.Hits)
        {
            var title = HeadingText.Of(hit.Heading, hit.HeadingDerived);
            var meta = string.Join(", ", new[] { hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hit.Source }.Where(s => !string.IsNullOrEmpty(s)));
            Console.Out.WriteLine();
            var versions = hit.Versions > 1 ? $"  {hit.Versions} versions" : "";
            Console.Out.WriteLine($"{++rank}. {text.Bold(title)}{(meta.Length > 0 ? $"  ({meta})" : "")}  [{hit.Id}]{versions}");
            Console.Out.WriteLine($"   {text.Snippet(hit.Snippet)}");
            var tags = Tags("zones", hit.Zones, workspace, Core.Taxonomy.FacetDimension.Zone)
                .Concat(Tags("countries", hit.Countries, workspace, Core.Taxonomy.FacetDimension.Country))
                .Concat(Tags("sectors", hit.Sectors, workspace, Core.Taxonomy.FacetDimension.Sector));
            Console.Out.WriteLine("   " + string.Join(" | ", tags));
        }

        Console.Out.WriteLine();
        PrintFacet("zone", response.Facets.Zone);
        PrintFacet("country", response.Facets.Country);
        PrintFacet("sector", response.Facets.Sector);
        PrintFacet("year", response.Facets.Year);
    }

    private static IEnumerable<string> Tags(string name, IReadOnlyList<string> ids, Workspace workspace, Core.Taxonomy.FacetDimension dimension)
    {
        if (ids.Count > 0)
        {
            yield return $"{name}: {string.Join(", ", ids.Select(id => workspace.Vocabulary.Find(dimension, id)?.Chinese ?? id))}";
        }
    }

    private static void PrintFacet(string name, IReadOnlyList<FacetCount> counts)
    {
        if (counts.Count > 0)
        {
            Console.Out.WriteLine($"{name}: {string.Join(", ", counts.Select(c => $"{(c.Selected ? "*" : "")}{c.Label} {c.Count}"))}");
        }
    }
}

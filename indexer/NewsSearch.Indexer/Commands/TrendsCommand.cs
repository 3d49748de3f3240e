using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Trends;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>trends "&lt;query&gt;" "&lt;query&gt;"... [--interval month|year] [filters] [--json | --csv]</c>: 2-6 queries counted over the same periods.</summary>
internal static class TrendsCommand
{
    public static Command Create()
    {
        var queries = new Argument<string[]>("queries") { Description = "2 to 6 queries, as for search", Arity = new ArgumentArity(1, SearchTrends.MaxQueries + 1) };
        var interval = new Option<string>("--interval") { Description = "month or year", DefaultValueFactory = _ => "month" };
        var json = new Option<bool>("--json") { Description = "Print the HTTP API's JSON response instead" };
        var csv = new Option<bool>("--csv") { Description = "Print the series as CSV, as GET /api/v1/trends?format=csv does" };
        var filters = new FilterOptions();
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var command = new Command("trends", "Count 2-6 queries per month or year over the same periods, side by side")
            { queries, interval, json, csv, database, engine, taxonomy, segmenter };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var period = SearchTrends.ParseInterval(parse.GetValue(interval))
                ?? throw new UsageException($"--interval must be month or year, not '{parse.GetValue(interval)}'", ExitCodes.Usage);
            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var given = parse.GetValue(queries) ?? [];
            var shared = filters.Request(parse, null);
            var validator = new SearchRequestValidator(workspace.Vocabulary, parameter => $"List the valid ids with: indexer facets {parameter}");
            var errors = SearchTrends.Validate(given, shared, validator);
            if (errors.Count > 0)
            {
                throw new UsageException(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), ExitCodes.Usage);
            }

            var trends = new SearchTrends(new SearchService(workspace.Index, workspace.Analyzer, workspace.Vocabulary)).Count(given, shared, period);
            if (parse.GetValue(csv))
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(TrendsCsv.Write(trends), cancellationToken);
            }
            else if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(trends, SearchJson.Indented));
            }
            else
            {
                Print(trends);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Tab-separated: a header of the queries, then a period and each query's count per line, and the totals.
    private static void Print(TrendsResponse trends)
    {
        Console.Out.WriteLine(string.Join('\t', trends.Series.Select(s => s.Q).Prepend(trends.Interval)));
        for (var i = 0; i < trends.Periods.Count; i++)
        {
            Console.Out.WriteLine(string.Join('\t', trends.Series.Select(s => s.Points[i].Count.ToString(CultureInfo.InvariantCulture)).Prepend(trends.Periods[i])));
        }

        Console.Out.WriteLine(string.Join('\t', trends.Series.Select(s => s.Total.ToString(CultureInfo.InvariantCulture)).Prepend("total")));
    }
}

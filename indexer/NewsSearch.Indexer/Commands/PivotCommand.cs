using System.CommandLine;
using System.Text.Json;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Pivot;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>pivot ["&lt;query&gt;"] [--rows zone] [--cols country] [filters] [--json]</c>: a search's matches counted by two dimensions.</summary>
internal static class PivotCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query, as for search; none counts every article", Arity = ArgumentArity.ZeroOrOne };
        var rows = new Option<string>("--rows") { Description = "zone, country, sector or year", DefaultValueFactory = _ => "zone" };
        var cols = new Option<string>("--cols") { Description = "zone, country, sector or year; not the same as --rows", DefaultValueFactory = _ => "country" };
        var filters = new FilterOptions();
        var json = new Option<bool>("--json") { Description = "Print the HTTP API's JSON response instead" };
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var command = new Command("pivot", "Count a search's matches by two dimensions (zone × country...)")
            { query, rows, cols, json, database, engine, taxonomy, segmenter };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            if (!SearchPivot.TryParseAxis(parse.GetValue(rows), out var rowAxis) || !SearchPivot.TryParseAxis(parse.GetValue(cols), out var colAxis))
            {
                throw new UsageException($"rows and cols must each be one of {string.Join(", ", SearchPivot.AxisNames)}.", ExitCodes.Usage);
            }

            if (rowAxis == colAxis)
            {
                throw new UsageException("cols: rows and columns must be two different dimensions.", ExitCodes.Usage);
            }

            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var request = filters.Request(parse, parse.GetValue(query));
            var errors = new SearchRequestValidator(workspace.Vocabulary, parameter => $"List the valid ids with: indexer facets {parameter}").Validate(request);
            if (errors.Count > 0)
            {
                throw new UsageException(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), ExitCodes.Usage);
            }

            var search = new SearchService(workspace.Index, workspace.Analyzer, workspace.Vocabulary);
            var table = new SearchPivot(search, workspace.Vocabulary).Build(request, rowAxis, colAxis);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(table, SearchJson.Indented));
            }
            else
            {
                Print(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Tab-separated: a header of column labels, then a row label and its counts per line.
    private static void Print(PivotTable table)
    {
        var cells = table.Cells.ToDictionary(c => (c.Row, c.Col), c => c.Count);
        Console.Out.WriteLine($"{table.Total} articles; {table.Rows.ToString().ToLowerInvariant()} × {table.Cols.ToString().ToLowerInvariant()}");
        Console.Out.WriteLine(string.Join('\t', table.ColValues.Select(c => c.Label).Prepend("")));
        foreach (var row in table.RowValues)
        {
            Console.Out.WriteLine(string.Join('\t', table.ColValues.Select(c => cells.GetValueOrDefault((row.Value, c.Value)).ToString(System.Globalization.CultureInfo.InvariantCulture)).Prepend(row.Label)));
        }
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Concordance;

namespace NewsSearch.Indexer.Commands;

/// <summary>
/// <c>concordance "&lt;query&gt;" [--width 30] [--sort date|left|right] [--page] [--page-size] [filters] [--json | --export csv|jsonl [--out file]]</c>:
/// every occurrence of the query's words in context, aligned on the match, or all of them in the HTTP API's file format.
/// </summary>
internal static class ConcordanceCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query, as for search: its words and phrases are the matches" };
        var width = new Option<int>("--width") { Description = "Characters of context on each side, 5-100", DefaultValueFactory = _ => ConcordanceRequest.DefaultWidth };
        var sort = new Option<string>("--sort") { Description = "date (newest article first), left or right (by the text next to the match)", DefaultValueFactory = _ => "date" };
        var page = new Option<int>("--page") { Description = "Page number", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Lines per page, 1-500", DefaultValueFactory = _ => ConcordanceRequest.DefaultPageSize };
        var json = new Option<bool>("--json") { Description = "Print the HTTP API's JSON response instead" };
        var export = new Option<string?>("--export") { Description = "Write every line (no paging) as csv or jsonl, as GET /api/v1/search/concordance?format= does" };
        var output = new Option<string?>("--out") { Description = "With --export: the file to write (default: standard output)" };
        var filters = new FilterOptions();
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var command = new Command("concordance", "Every occurrence of a query's words in the matching articles, in context (keyword in context)")
            { query, width, sort, page, pageSize, json, export, output, database, engine, taxonomy, segmenter };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var order = Concordancer.ParseSort(parse.GetValue(sort))
                ?? throw new UsageException($"--sort must be {string.Join(", ", Concordancer.SortNames)}, not '{parse.GetValue(sort)}'", ExitCodes.Usage);
            var writer = parse.GetValue(export) is { } format
                ? ConcordanceWriter.ForName(format) ?? throw new UsageException($"--export must be csv or jsonl, not '{format}'", ExitCodes.Usage)
                : null;
            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var search = new SearchService(workspace.Index, workspace.Analyzer, workspace.Vocabulary);
            var concordancer = new Concordancer(search, workspace.Analyzer);
            var request = new ConcordanceRequest
            {
                Search = filters.Request(parse, parse.GetValue(query)),
                Width = parse.GetValue(width),
                Sort = order,
                Page = parse.GetValue(page),
                PageSize = parse.GetValue(pageSize),
            };
            var errors = concordancer.Validate(request, new SearchRequestValidator(workspace.Vocabulary, parameter => $"List the valid ids with: indexer facets {parameter}"));
            if (errors.Count > 0)
            {
                throw new UsageException(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), ExitCodes.Usage);
            }

            if (writer is not null)
            {
                var path = parse.GetValue(output);
                await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
                var written = await writer.WriteAsync(stream, concordancer.Read(request, cancellationToken).Lines, cancellationToken);
                if (path is not null)
                {
                    Console.Out.WriteLine($"exported {written} lines to {Path.GetFullPath(path)}");
                }

                return ExitCodes.Success;
            }

            var response = concordancer.Page(request, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(response, SearchJson.Indented));
            }
            else
            {
                Print(response);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // The matches line up in one column: the left context is padded to the width in terminal columns (CJK is two).
    private static void Print(ConcordanceResponse response)
    {
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{response.Total} occurrences in {response.Articles} articles for {response.Query} (page {response.Page}, by {response.Sort})"));
        var columns = response.Lines.Select(l => Columns(l.Left)).DefaultIfEmpty(0).Max();
        foreach (var line in response.Lines)
        {
            var date = line.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "----------";
            Console.Out.WriteLine($"{date}  {new string(' ', columns - Columns(line.Left))}{line.Left} [{line.Match}] {line.Right}  ({line.Id})");
        }
    }

    private static int Columns(string text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark ? 0 : IsWide(rune.Value) ? 2 : 1;
        }

        return columns;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}

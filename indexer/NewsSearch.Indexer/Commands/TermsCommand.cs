using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Terms;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>terms ["&lt;query&gt;"] [--limit 20] [filters] [--json]</c>: the words a search's result set is about.</summary>
internal static class TermsCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query, as for search; none reads every article", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit") { Description = "How many words, 1-100", DefaultValueFactory = _ => SignificantTerms.DefaultLimit };
        var json = new Option<bool>("--json") { Description = "Print the HTTP API's JSON response instead" };
        var filters = new FilterOptions();
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var command = new Command("terms", "The words over-represented in a search's articles against the whole index (significant terms)")
            { query, limit, json, database, engine, taxonomy, segmenter };
        filters.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var request = filters.Request(parse, parse.GetValue(query));
            var errors = new SearchRequestValidator(workspace.Vocabulary, parameter => $"List the valid ids with: indexer facets {parameter}").Validate(request);
            foreach (var (name, messages) in SignificantTerms.Validate(parse.GetValue(limit)))
            {
                errors.TryAdd(name, messages);
            }

            if (errors.Count > 0)
            {
                throw new UsageException(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), ExitCodes.Usage);
            }

            var search = new SearchService(workspace.Index, workspace.Analyzer, workspace.Vocabulary);
            var terms = new SignificantTerms(search, workspace.Index, workspace.Analyzer).Find(request, parse.GetValue(limit), cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(terms, SearchJson.Indented));
            }
            else
            {
                Print(terms);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // Tab-separated after a summary line: word, articles of the set, articles of the index, score.
    private static void Print(SignificantTermsResponse terms)
    {
        var sample = terms.Sampled ? $", counted in a sample of {terms.SampleSize}" : "";
        Console.Out.WriteLine($"{terms.ForegroundSize} of {terms.BackgroundSize} articles{sample}");
        foreach (var term in terms.Terms)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{term.Term}\t{term.Foreground}\t{term.Background}\t{term.Score:0.######}"));
        }
    }
}

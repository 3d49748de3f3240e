using System.CommandLine;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Suggestions;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>suggest &lt;prefix&gt; [--limit N]</c>: what the search box would suggest: facet values, then title words.</summary>
internal static class SuggestCommand
{
    public static Command Create()
    {
        var prefix = new Argument<string>("prefix") { Description = "The start of a word or name (Simplified, Traditional or English)" };
        var limit = new Option<int>("--limit") { Description = "How many, 1 to 20", DefaultValueFactory = _ => Suggester.DefaultLimit };
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var command = new Command("suggest", "Print completions of a prefix") { prefix, limit, database, engine, taxonomy, segmenter };
        command.SetAction(parse =>
        {
            var errors = Suggester.Validate(parse.GetValue(prefix), parse.GetValue(limit));
            if (errors.Count > 0)
            {
                throw new UsageException(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), ExitCodes.Usage);
            }

            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var search = new SearchService(workspace.Index, workspace.Analyzer, workspace.Vocabulary);
            var suggester = new Suggester(workspace.Index, workspace.Analyzer, workspace.Vocabulary, search);
            foreach (var suggestion in suggester.Suggest(parse.GetValue(prefix)!, parse.GetValue(limit)).Suggestions)
            {
                var kind = suggestion.Kind.ToString().ToLowerInvariant();
                var value = suggestion.Value is null ? "" : $" ({suggestion.Value})";
                Console.Out.WriteLine($"{suggestion.Text}\t{kind}{value}\t{suggestion.Count}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

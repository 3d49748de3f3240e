using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Related;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>related &lt;id&gt; [--limit N] [--json]</c>: the articles most similar to one article, with the words they share.</summary>
internal static class RelatedCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Article id, as printed by search" };
        var limit = new Option<int>("--limit") { Description = "How many, 1 to 20", DefaultValueFactory = _ => RelatedArticles.DefaultLimit };
        var json = new Option<bool>("--json") { Description = "Print the HTTP API's JSON response instead" };
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var command = new Command("related", "Print the articles most similar to one article") { id, limit, json, database, engine, taxonomy, segmenter };
        command.SetAction(parse =>
        {
            var errors = RelatedArticles.Validate(parse.GetValue(limit));
            if (errors.Count > 0)
            {
                throw new UsageException(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), ExitCodes.Usage);
            }

            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var search = new SearchService(workspace.Index, workspace.Analyzer, workspace.Vocabulary);
            var response = new RelatedArticles(workspace.Index, workspace.Analyzer, search).Find(parse.GetValue(id)!, parse.GetValue(limit));
            if (response is null)
            {
                Console.Error.WriteLine($"error: no article with id '{parse.GetValue(id)}'");
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(response, SearchJson.Indented));
                return ExitCodes.Success;
            }

            var rank = 0;
            foreach (var related in response.Related)
            {
                var title = HeadingText.Of(related.Heading, related.HeadingDerived);
                var date = related.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{++rank}. {title}  ({date})  [{related.Id}]  score {related.Score:0.00}"));
                Console.Out.WriteLine($"   shared: {string.Join(", ", related.SharedTerms)}");
            }

            if (rank == 0)
            {
                Console.Out.WriteLine("no related articles");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>show &lt;id&gt;</c>: the cleaned article, its metadata and its tags with mention counts.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Article id, as printed by search" };
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var command = new Command("show", "Print one article as indexed") { id, database, engine, taxonomy, segmenter };
        command.SetAction(parse =>
        {
            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var article = workspace.Index.Find(parse.GetValue(id)!);
            if (article is null)
            {
                Console.Error.WriteLine($"error: no article with id '{parse.GetValue(id)}'");
                return ExitCodes.NotFound;
            }

            var output = Console.Out;
            output.WriteLine($"id:        {article.Id}");
            output.WriteLine($"title:     {article.Title}");
            var heading = ArticleHeading.Of(article);
            output.WriteLine($"heading:   {HeadingText.Of(heading.Text, heading.Derived)}");
            output.WriteLine($"published: {article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}");
            output.WriteLine($"source:    {article.Source}");
            output.WriteLine($"author:    {article.Author}");
            output.WriteLine($"url:       {article.Url ?? ""}");
            output.WriteLine($"origin:    {article.Origin ?? ""}");
            foreach (var dimension in Enum.GetValues<FacetDimension>())
            {
                var tags = article.Tags.Of(dimension).Select(t => $"{workspace.Vocabulary.Find(dimension, t.Id)?.Chinese ?? t.Id} ({t.Id}) ×{t.Mentions}");
                output.WriteLine($"{Plural(dimension) + ":",-11}{string.Join(", ", tags)}");
            }

            output.WriteLine();
            output.WriteLine(article.Body);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Plural(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Zone => "zones",
        FacetDimension.Country => "countries",
        _ => "sectors",
    };
}

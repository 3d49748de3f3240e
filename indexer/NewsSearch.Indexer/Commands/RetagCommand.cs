using System.CommandLine;
using System.Globalization;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Indexer.Commands;

/// <summary>
/// <c>retag [--db] [--engine] [--taxonomy]</c>: tags every article of an existing index again with the
/// current vocabulary and mention rule, from the text the index holds (the corpus is not read), and
/// writes back the articles whose tags changed. Exit 0 with the counts; 4 when there is no index.
/// </summary>
internal static class RetagCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var command = new Command("retag", "Tag every article of an index again from its stored text (after a vocabulary or tagging change)")
        {
            database, engine, taxonomy,
        };
        command.SetAction((parse, cancellation) =>
        {
            // The segmenter is the index's own: a retag rewrites terms exactly as they were built.
            using var workspace = Workspace.OpenExisting(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), segmenter: null);
            var tagger = new FacetTagger(workspace.Vocabulary, workspace.Analyzer.Folder);
            var retagger = new IndexRetagger(tagger, new ArticlePreparer(workspace.Analyzer, tagger), TimeProvider.System);
            var total = workspace.Index.LoadCatalog().Count;
            var progress = new ProgressLines(total);
            var summary = retagger.Retag(workspace.Index, progress, cancellation);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"retagged {summary.Retagged} of {summary.Articles} articles ({summary.Articles - summary.Retagged} unchanged) in {workspace.Index.Location} in {summary.Elapsed.TotalSeconds:0.0} s"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // Written on the reporting thread (Progress<T> posts to the thread pool), so no line lands after the summary.
    private sealed class ProgressLines(int total) : IProgress<int>
    {
        public void Report(int value) => Console.Error.WriteLine($"tagged {value} of {total} articles");
    }
}

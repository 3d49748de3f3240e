using System.CommandLine;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>index &lt;path&gt;... [--db] [--prune] [--rebuild]</c>: incremental, idempotent indexing.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders of articles (.txt, .html, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var database = CommonOptions.Database();
        var taxonomy = CommonOptions.Taxonomy();
        var prune = new Option<bool>("--prune") { Description = "Remove articles whose files are gone" };
        var rebuild = new Option<bool>("--rebuild") { Description = "Delete the index and start afresh" };
        var workers = new Option<int>("--workers") { Description = "Analysis threads", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("index", "Index articles; unchanged files are skipped, changed ones replaced") { paths, database, taxonomy, prune, rebuild, workers };
        command.SetAction(async (parse, cancellation) =>
        {
            using var workspace = Workspace.Open(parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(rebuild));
            var options = new IndexingOptions { Prune = parse.GetValue(prune), Workers = Math.Max(1, parse.GetValue(workers)) };
            var summary = await Run(workspace, parse.GetValue(paths)!, options, cancellation);
            SummaryPrinter.Print(summary, Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Task<IndexingSummary> Run(Workspace workspace, string[] paths, IndexingOptions options, CancellationToken cancellation)
    {
        var tagger = new FacetTagger(workspace.Vocabulary, workspace.Analyzer.Folder);
        var indexer = new CorpusIndexer(workspace.Index, new ArticleFileReader(), new ArticlePreparer(workspace.Analyzer, tagger), TimeProvider.System);
        return ProgressDisplay.Run(progress => indexer.IndexAsync(paths, options, progress, cancellation));
    }
}

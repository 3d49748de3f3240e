using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsSearch.Client;
using NewsSearch.Client.Errors;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Indexer.Remote;

namespace NewsSearch.Indexer.Commands;

/// <summary>
/// <c>index &lt;path&gt;... [--db] [--prune] [--rebuild]</c>: incremental, idempotent indexing;
/// with <c>--to &lt;url&gt; --api-key &lt;key&gt;</c> the articles go to a running service instead.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders of articles (.txt, .html, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var prune = new Option<bool>("--prune") { Description = "Remove articles whose files are gone" };
        var rebuild = new Option<bool>("--rebuild") { Description = "Delete the index and start afresh" };
        var workers = new Option<int>("--workers") { Description = "Analysis threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var to = new Option<string?>("--to") { Description = "Send the articles to the NewsSearch service at this URL instead of a local index" };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "The service's write key (default: the NEWSSEARCH_API_KEY environment variable)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEWSSEARCH_API_KEY"),
        };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per request with --to", DefaultValueFactory = _ => RemoteIndexer.DefaultBatchSize };

        var command = new Command("index", "Index articles; unchanged files are skipped, changed ones replaced")
        {
            paths, database, engine, taxonomy, segmenter, prune, rebuild, workers, to, apiKey, batchSize,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(to) is { } url)
            {
                var remote = await RunRemote(url, parse.GetValue(apiKey), parse.GetValue(paths)!, parse.GetValue(batchSize), cancellation);
                Console.Out.WriteLine($"sent {remote.Sent} articles to {url}; {remote.AlreadyThere} were already there with the same content");
                SummaryPrinter.Print(remote.Summary, Console.Out);
                return ExitCodes.Success;
            }

            using var workspace = Workspace.Open(parse.GetValue(engine)!, parse.GetValue(database)!, parse.GetValue(taxonomy), parse.GetValue(segmenter), parse.GetValue(rebuild));
            var options = new IndexingOptions { Prune = parse.GetValue(prune), Workers = Math.Max(1, parse.GetValue(workers)) };
            var summary = await Run(workspace, parse.GetValue(paths)!, options, cancellation);
            SummaryPrinter.Print(summary, Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<RemoteIndexingResult> RunRemote(string url, string? key, string[] paths, int batchSize, CancellationToken cancellation)
    {
        if (batchSize < 1)
        {
            throw new UsageException("--batch-size must be at least 1", ExitCodes.Usage);
        }

        await using var services = RemoteClient.Create(url, key);
        var indexer = new RemoteIndexer(services.GetRequiredService<INewsSearchClient>(), TimeProvider.System);
        try
        {
            return await ProgressDisplay.Run(progress => indexer.IndexAsync(paths, batchSize, progress, cancellation));
        }
        catch (NewsSearchException e)
        {
            // Articles already sent are stored; running the same command again resumes cheaply.
            throw new UsageException(e.Message + Environment.NewLine + "Articles sent so far are stored; run the command again to finish.", ExitCodes.Failed);
        }
    }

    private static Task<IndexingSummary> Run(Workspace workspace, string[] paths, IndexingOptions options, CancellationToken cancellation)
    {
        var tagger = new FacetTagger(workspace.Vocabulary, workspace.Analyzer.Folder);
        var indexer = new CorpusIndexer(workspace.Index, new ArticleFileReader(), new ArticlePreparer(workspace.Analyzer, tagger), TimeProvider.System);
        return ProgressDisplay.Run(progress => indexer.IndexAsync(paths, options, progress, cancellation));
    }
}

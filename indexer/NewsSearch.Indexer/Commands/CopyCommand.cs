using System.CommandLine;
using System.Globalization;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Indexer.Commands;

/// <summary>
/// <c>copy --from &lt;index directory&gt; --to &lt;connection string&gt;</c>: moves an index to another
/// engine (by default from Lucene.Net to PostgreSQL); run again after an interruption, it sends only
/// what the target lacks.
/// </summary>
internal static class CopyCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The index to copy (a Lucene.Net index directory unless --from-engine says otherwise)", Required = true };
        var to = new Option<string>("--to") { Description = "The target index (a PostgreSQL connection string unless --to-engine says otherwise)", Required = true };
        var fromEngine = new Option<string>("--from-engine") { DefaultValueFactory = _ => ArticleIndexes.Lucene, Description = "Engine of --from" };
        var toEngine = new Option<string>("--to-engine") { DefaultValueFactory = _ => ArticleIndexes.Postgres, Description = "Engine of --to" };
        fromEngine.AcceptOnlyFromAmong([.. ArticleIndexes.Engines]);
        toEngine.AcceptOnlyFromAmong([.. ArticleIndexes.Engines]);
        var taxonomy = CommonOptions.Taxonomy();
        var segmenter = CommonOptions.Segmenter();
        var command = new Command("copy", "Copy every article of one index into another, resumably") { from, to, fromEngine, toEngine, taxonomy, segmenter };
        command.SetAction((parse, cancellation) =>
        {
            var sourcePath = parse.GetValue(from)!;
            if (parse.GetValue(fromEngine) == ArticleIndexes.Lucene && !Directory.Exists(sourcePath))
            {
                throw new UsageException($"no index directory at {sourcePath}", ExitCodes.NotFound);
            }

            using var source = Workspace.OpenExisting(parse.GetValue(fromEngine)!, sourcePath, parse.GetValue(taxonomy), segmenter: null);
            using var target = Workspace.Open(parse.GetValue(toEngine)!, parse.GetValue(to)!, parse.GetValue(taxonomy), parse.GetValue(segmenter));
            var preparer = new ArticlePreparer(target.Analyzer, new FacetTagger(target.Vocabulary, target.Analyzer.Folder));
            var total = source.Index.LoadCatalog().Count;
            var progress = new Progress<int>(done => Console.Error.WriteLine($"copied {done} of {total} articles"));
            var summary = new IndexCopier(preparer, TimeProvider.System).Copy(source.Index, target.Index, progress, cancellation);
            var seconds = summary.Elapsed.TotalSeconds;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"copied {summary.Copied} articles, {summary.AlreadyThere} already there, from {source.Index.Location} to {target.Index.Location} in {seconds:0.0} s"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}

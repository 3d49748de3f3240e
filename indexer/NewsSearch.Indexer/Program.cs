using System.CommandLine;
using System.Text;
using NewsSearch.Indexer;
using NewsSearch.Indexer.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("NewsSearch indexer: builds and queries the full-text index of Chinese regional-development news.");
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(RelatedCommand.Create());
root.Subcommands.Add(SuggestCommand.Create());
root.Subcommands.Add(PivotCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(CopyCommand.Create());

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync("error: " + e.Message);
    return e.ExitCode;
}
catch (NewsSearch.Core.Index.SegmenterMismatchException e)
{
    await Console.Error.WriteLineAsync("error: " + e.Message);
    return ExitCodes.IndexUnusable;
}
catch (NewsSearch.Core.Index.IndexUnavailableException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message} Work committed so far is kept; run the command again when the primary is back.");
    return ExitCodes.Failed;
}
catch (System.Data.Common.DbException e)
{
    // A full disk or a damaged file: what was committed stays consistent; the next run completes the work.
    await Console.Error.WriteLineAsync($"error: the index could not be written: {e.Message} Work committed so far is kept; fix the cause and run the command again.");
    return ExitCodes.Failed;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("cancelled");
    return ExitCodes.Cancelled;
}

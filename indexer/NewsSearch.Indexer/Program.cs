using System.CommandLine;
using System.CommandLine.Parsing;
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
root.Subcommands.Add(ConcordanceCommand.Create());
root.Subcommands.Add(TrendsCommand.Create());
root.Subcommands.Add(TermsCommand.Create());
root.Subcommands.Add(FacetsCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(CopyCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(RetagCommand.Create());

var parsed = root.Parse(args);
// A misspelt option would otherwise be taken for a path or a query: "--" stays the way to pass such a value.
var unknownOption = parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash)
    .FirstOrDefault(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2);
if (parsed.Errors.Count > 0 || unknownOption is not null)
{
    // The help promises exit code 2 for usage errors; System.CommandLine's own handler exits 1.
    var errors = parsed.Errors.Select(e => e.Message).DefaultIfEmpty($"Unrecognized command or argument '{unknownOption?.Value}'.");
    foreach (var error in errors)
    {
        await Console.Error.WriteLineAsync("error: " + error);
    }

    var command = parsed.CommandResult.Command;
    await Console.Error.WriteLineAsync($"See: indexer {(command == root ? "" : command.Name + " ")}--help");
    return ExitCodes.Usage;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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
catch (NewsSearch.Core.Index.IndexStorageFullException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message} Run the same command again then: it adds only what is missing.");
    return ExitCodes.DiskFull;
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

using System.CommandLine;
using System.Text;
using NewsSearch.Indexer;
using NewsSearch.Indexer.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("NewsSearch indexer: builds and queries the full-text index of Chinese regional-development news.");
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync("error: " + e.Message);
    return e.ExitCode;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("cancelled");
    return ExitCodes.Cancelled;
}

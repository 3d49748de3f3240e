namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>What the help promises for usage errors: exit code 2, the reason and where to read more, nothing done.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("search", "新加坡")]
    [InlineData("show", "001_3d349f3940e6cb6b")]
    [InlineData("related", "001_3d349f3940e6cb6b")]
    [InlineData("suggest", "苏州")]
    [InlineData("pivot")]
    public void AReadingCommandOnAMissingIndexSaysSoAndCreatesNothing(params string[] command)
    {
        var result = _folder.Run([.. command, "--db", "missing"]);

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(["error: there is no index at missing; build one with: indexer index CORPUS --db missing"], result.ErrorLines);
        Assert.Empty(result.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Root));
    }

    [Theory]
    [InlineData(new string[0], "error: Required command was not provided.", "See: indexer --help")]
    [InlineData(new[] { "frobnicate" }, "error: Unrecognized command or argument 'frobnicate'.", "See: indexer --help")]
    [InlineData(new[] { "index", "--frobnicate" }, "error: Unrecognized command or argument '--frobnicate'.", "See: indexer index --help")]
    [InlineData(new[] { "show" }, "error: Required argument missing for command: 'show'.", "See: indexer show --help")]
    public void UsageErrorsExitWithTwoAndSayWhereTheHelpIs(string[] args, string error, string hint)
    {
        var result = _folder.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(error, result.ErrorLines);
        Assert.Equal(hint, result.ErrorLines[^1]);
        Assert.Empty(result.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Root));
    }
}

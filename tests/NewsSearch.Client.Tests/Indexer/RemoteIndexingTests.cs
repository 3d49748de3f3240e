using System.Diagnostics;
using System.Reflection;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Client.Tests.Indexer;

public sealed class RemoteIndexingTests
{
    private static readonly TimeSpan IndexerLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan OutputLimit = TimeSpan.FromSeconds(10);

    private static readonly string Corpus = Path.GetFullPath(typeof(RemoteIndexingTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CorpusFolder").Value!);

    [Fact]
    public async Task IndexToAServiceSendsTheCorpusAndARepeatChangesNothing()
    {
        await using var api = await ApiProcess.StartAsync();

        var first = await RunIndexerAsync("index", Corpus, "--to", api.BaseAddress.ToString(), "--api-key", ApiProcess.ApiKey);
        var again = await RunIndexerAsync("index", Corpus, "--to", api.BaseAddress.ToString(), "--api-key", ApiProcess.ApiKey);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("added 5, updated 0, unchanged 0, removed 0, skipped 0 (5 files read", first.Lines[^2], StringComparison.Ordinal);
        Assert.Matches(@"^indexed 5 articles in \d+\.\d s \(\d+ articles/s\)$", first.Lines[^1]);
        Assert.StartsWith("added 0, updated 0, unchanged 5,", again.Lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("sent 5 articles to ", first.Lines[^3], StringComparison.Ordinal);
        Assert.EndsWith("; 0 were already there with the same content", first.Lines[^3], StringComparison.Ordinal);
        Assert.EndsWith("; 5 were already there with the same content", again.Lines[^3], StringComparison.Ordinal);
        Assert.StartsWith("sent 0 articles to ", again.Lines[^3], StringComparison.Ordinal);

        var (client, services) = TestClients.Create(api.BaseAddress);
        await using var _ = services;
        Assert.Equal(5, (await client.SearchAsync(new SearchQuery())).Total);
    }

    [Fact]
    public async Task IndexToAServiceWithTheWrongKeyFailsWithTheServicesReason()
    {
        await using var api = await ApiProcess.StartAsync();

        var run = await RunIndexerAsync("index", Corpus, "--to", api.BaseAddress.ToString(), "--api-key", "wrong");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401", run.Error, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", run.Error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string[] Lines, string Error)> RunIndexerAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["NEWSSEARCH_API_KEY"] = null },
        };
        start.ArgumentList.Add(ApiProcess.BuiltAssembly("IndexerAssembly"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var what = "indexer " + string.Join(' ', arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await Bounded.WaitForExitAsync(process, IndexerLimit, what);
        var lines = (await output.Within(OutputLimit, $"the output of {what}")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (process.ExitCode, lines, await error.Within(OutputLimit, $"the errors of {what}"));
    }
}

using System.Diagnostics;
using System.Text;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Indexer.Tests;

/// <summary>Runs the built indexer (indexer.dll, copied next to the tests) as a child process.</summary>
internal static class IndexerCli
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>How long the output may take to reach its end once the process has exited.</summary>
    public static readonly TimeSpan OutputLimit = TimeSpan.FromSeconds(10);

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "indexer.dll");

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, DefaultTimeout, args);

    public static CliResult Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var what = $"indexer {string.Join(' ', args)}";
        Bounded.WaitForExit(process, timeout, what);
        return new CliResult(
            process.ExitCode,
            stdout.Within(OutputLimit, $"the output of {what}").GetAwaiter().GetResult(),
            stderr.Within(OutputLimit, $"the errors of {what}").GetAwaiter().GetResult());
    }

    /// <summary>Starts the CLI with output redirected; the caller reads or drains it.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }
}

using System.Diagnostics;
using NewsSearch.Client.Tests.Infrastructure;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>
/// Settings that cannot work stop the real service process before it listens: exit code 2 and one
/// line naming the setting, no stack trace. (In-process hosting races its own disposal when start-up
/// fails, so these run the built service.)
/// </summary>
public sealed class StartUpRefusalTests
{
    [Theory]
    [InlineData("postgres", "ConnectionString is required when Engine is postgres")]
    [InlineData("elastic", "Engine must be lucene or postgres")]
    [InlineData("", "Engine must be lucene or postgres")]
    public async Task AnEngineSettingThatCannotWorkStopsStartUpNamingIt(string engine, string expected)
    {
        var (code, stdout, stderr) = await RunService(("NewsSearch__Engine", engine));

        Assert.Equal(2, code);
        Assert.StartsWith("NewsSearch did not start: ", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lucene", "jieba", "Segmenter must be smartcn or icu")]
    [InlineData("lucene", "SmartCn", "Segmenter must be smartcn or icu")]
    [InlineData("postgres", "smartcn", "Segmenter smartcn needs the lucene engine; the postgres engine analyzes with icu")]
    public async Task ASegmenterSettingThatCannotWorkStopsStartUpNamingIt(string engine, string segmenter, string expected)
    {
        var (code, stdout, stderr) = await RunService(("NewsSearch__Engine", engine), ("NewsSearch__Segmenter", segmenter));

        Assert.Equal(2, code);
        Assert.StartsWith("NewsSearch did not start: ", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunService(params (string Key, string Value)[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newssearch-startup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { ApiProcess.BuiltAssembly("ApiAssembly"), "--urls", "http://127.0.0.1:0" },
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment =
                {
                    ["NewsSearch__IndexPath"] = Path.Combine(folder, "index"),
                    ["NewsSearch__CorpusPath"] = "",
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                },
            };
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the service kept running with settings it should refuse");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

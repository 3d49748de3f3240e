using System.Collections.Concurrent;
using System.Diagnostics;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>
/// The settings file shipped beside the service applies however it is started: the README starts it
/// with <c>dotnet run --project</c> from the repository root, a working directory without the file.
/// </summary>
public sealed class SettingsFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TheShippedLogLevelsApplyWhenStartedFromAnotherWorkingDirectory()
    {
        var shipped = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ApiProcess.BuiltAssembly("ApiAssembly"))!, "appsettings.json"));
        Assert.Contains("\"Microsoft.AspNetCore\": \"Warning\"", shipped, StringComparison.Ordinal); // what this test relies on

        var lines = await RunAndRequest("/health");

        Assert.Contains(lines, l => l.Contains("Now listening on:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Application is shutting down", StringComparison.Ordinal)); // the log was flushed
        Assert.DoesNotContain(lines, l => l.Contains("Request starting", StringComparison.Ordinal) || l.Contains("Request finished", StringComparison.Ordinal));
    }

    // Starts the built service in an empty working directory, requests one path, stops it and returns what it printed.
    private async Task<List<string>> RunAndRequest(string path)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ApiProcess.BuiltAssembly("ApiAssembly"), "--urls", ListeningAddress.AnyFreePort },
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["NewsSearch__IndexPath"] = Path.Combine(_folder, "index"),
                ["NewsSearch__DatabasePath"] = Path.Combine(_folder, "news.db"),
                ["NewsSearch__CorpusPath"] = "",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        var lines = new ConcurrentQueue<string>();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lines.Enqueue(e.Data);
            if (ListeningAddress.Parse(e.Data) is { } uri)
            {
                address.TrySetResult(uri);
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lines.Enqueue(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var baseAddress = await address.Task.Within(TimeSpan.FromSeconds(120), "the service's start-up line");
            using var client = BoundedRequests.Client(baseAddress);
            Assert.True((await client.GetAsync(path.TrimStart('/'))).IsSuccessStatusCode);

            // A graceful stop flushes the console log, so every line the request caused is in by its exit.
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await Bounded.WaitForExitAsync(term, TimeSpan.FromSeconds(30), "kill -TERM");
            }

            await Bounded.WaitForExitAsync(process, TimeSpan.FromSeconds(60), "the service after SIGTERM");
            process.WaitForExit(); // the end of the redirected output
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return [.. lines];
    }
}

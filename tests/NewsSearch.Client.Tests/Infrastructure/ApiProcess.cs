using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using NewsSearch.Core.Index;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Client.Tests.Infrastructure;

/// <summary>
/// The real NewsSearch service, run from its build output as a separate process on a fixed loopback
/// port with its own database file and no corpus, so a test can kill it and start it again. The
/// first start checks that the service answers from that file on the SQLite engine.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    public const string ApiKey = "client-tests-key";

    private readonly string _folder;
    private Process? _process;

    private ApiProcess(string folder, int port)
    {
        _folder = folder;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    public string DatabasePath => Path.Combine(_folder, "news.db");

    public static async Task<ApiProcess> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newssearch-client-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var api = new ApiProcess(folder, FreePort());
        try
        {
            api.Start();
            await api.WaitUntilReadyAsync();
            using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            await ServedIndex.AssertAsync(http, ArticleIndexes.Sqlite, api.DatabasePath);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public static string BuiltAssembly(string key)
    {
        var path = typeof(ApiProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        return File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"Build the solution first: {path} is missing.", path);
    }

    /// <summary>Starts the service on the same port and database; does not wait for it.</summary>
    public void Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltAssembly("ApiAssembly"), "--urls", BaseAddress.GetLeftPart(UriPartial.Authority) },
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["NewsSearch__Engine"] = ArticleIndexes.Sqlite,
                ["NewsSearch__DatabasePath"] = DatabasePath,
                ["NewsSearch__CorpusPath"] = "",
                ["NewsSearch__ApiKey"] = ApiKey,
                ["NewsSearch__WritesPerMinute"] = "100000",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Kills the service abruptly (no graceful shutdown), as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(deadline) < TimeSpan.FromSeconds(30))
        {
            if (_process is { HasExited: true } exited)
            {
                throw new InvalidOperationException($"the API exited with code {exited.ExitCode}");
            }

            try
            {
                using var response = await http.GetAsync("health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the API did not become ready in 30 s");
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.Delay(50);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

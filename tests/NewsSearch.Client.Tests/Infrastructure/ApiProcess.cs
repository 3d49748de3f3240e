using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using NewsSearch.Core.Index;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Client.Tests.Infrastructure;

/// <summary>
/// The real NewsSearch service, run from its build output as a separate process with its own Lucene.Net
/// index directory and no corpus, so a test can kill it and start it again. Each instance binds a loopback port of
/// its own choosing; clients use <see cref="BaseAddress"/>, a relay that stays put across restarts.
/// The first start checks that the service answers from that directory on the lucene engine.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    public const string ApiKey = "client-tests-key";

    private const int OutputLines = 40;

    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(90);

    private readonly string _folder;
    private readonly LoopbackRelay _relay = new();
    private readonly Lock _gate = new();
    private readonly Queue<string> _output = new();
    private Process? _process;

    private ApiProcess(string folder) => _folder = folder;

    /// <summary>The address clients use, whichever instance is running (see <see cref="LoopbackRelay"/>).</summary>
    public Uri BaseAddress => _relay.Address;

    public string IndexPath => Path.Combine(_folder, "index");

    public static async Task<ApiProcess> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newssearch-client-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var api = new ApiProcess(folder);
        try
        {
            api.Start();
            await api.WaitUntilReadyAsync();
            using var http = BoundedRequests.Client(api.BaseAddress, TimeSpan.FromSeconds(10));
            await ServedIndex.AssertAsync(http, ArticleIndexes.Lucene, api.IndexPath);
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

    /// <summary>Starts the service on the same index; does not wait for it. Connections reach it once it listens.</summary>
    public void Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltAssembly("ApiAssembly"), "--urls", ListeningAddress.AnyFreePort },
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["NewsSearch__Engine"] = ArticleIndexes.Lucene,
                ["NewsSearch__IndexPath"] = IndexPath,
                ["NewsSearch__CorpusPath"] = "",
                ["NewsSearch__ApiKey"] = ApiKey,
                ["NewsSearch__WritesPerMinute"] = "100000",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                [ListeningAddress.LifetimeLogLevel] = "Information",
            },
        };
        lock (_gate)
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
            _process = process;
            process.OutputDataReceived += (_, e) => Observe(process, e.Data);
            process.ErrorDataReceived += (_, e) => Observe(process, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }
    }

    /// <summary>Kills the running service abruptly (no graceful shutdown), as a crash would.</summary>
    /// <exception cref="InvalidOperationException">The service was not running when killed, so no crash happened.</exception>
    public void Kill()
    {
        using var process = Stop() ?? throw new InvalidOperationException("the API was not started: there is nothing to kill");
        // SIGKILL ends a process with 128 + 9; any other code means it had ended by itself before.
        if (process.ExitCode != 137)
        {
            throw new InvalidOperationException($"the API had exited by itself with code {process.ExitCode} before it was killed. Its output:\n{Output()}");
        }
    }

    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(
            async () =>
            {
                lock (_gate)
                {
                    if (_process is { HasExited: true } exited)
                    {
                        throw new InvalidOperationException($"The API exited with code {exited.ExitCode}. Its output:\n{Output()}");
                    }
                }

                try
                {
                    using var response = await http.GetAsync("health/ready");
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception e) when (e is HttpRequestException or SocketException or TaskCanceledException)
                {
                    return false;
                }
            },
            () => $"the API at {BaseAddress} answers health/ready (listening on {_relay.Target?.ToString() ?? "no port yet"}). Its output:\n{Output()}",
            ReadyDeadline);
    }

    public async ValueTask DisposeAsync()
    {
        Stop()?.Dispose();
        await _relay.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Kills the service if it still runs and waits for it to end; returns its process, or null when none was started.</summary>
    private Process? Stop()
    {
        Process? process;
        lock (_gate)
        {
            // New connections are closed from now on, never sent to a port the dead instance released.
            process = _process;
            _process = null;
            _relay.Target = null;
        }

        if (process is null)
        {
            return null;
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it had already exited
        }

        Bounded.WaitForExit(process, TimeSpan.FromSeconds(30), "the killed API");
        return process;
    }

    private void Observe(Process process, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Enqueue(line);
            if (_output.Count > OutputLines)
            {
                _output.Dequeue();
            }

            // Only the current instance: a killed one's late line must not take the relay back to its released port.
            if (ReferenceEquals(process, _process) && ListeningAddress.Parse(line) is { } address)
            {
                _relay.Target = new IPEndPoint(IPAddress.Parse(address.Host), address.Port);
            }
        }
    }

    private string Output()
    {
        lock (_gate)
        {
            return string.Join('\n', _output);
        }
    }
}

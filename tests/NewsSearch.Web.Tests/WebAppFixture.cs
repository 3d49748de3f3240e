using System.Diagnostics;
using System.Net;
using System.Text;
using NewsSearch.Core.Index;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Web.Tests;

/// <summary>
/// Runs the built API as a child process on a loopback port it binds itself, over a fresh index of corpus/,
/// and one headless Chromium shared by every test (each test gets its own context). Before any test
/// it checks that the service answers from that Lucene.Net index (SmartCn, the default) on the lucene engine.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key";

    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(90);
    /// <summary>Every Playwright step that waits on the page (clicks, navigation, locators) fails after this.</summary>
    public static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(10);

    /// <summary>Starting and stopping the browser, its contexts and pages, which no Playwright default bounds.</summary>
    public static readonly TimeSpan BrowserLimit = TimeSpan.FromSeconds(30);

    private static readonly string[] BrowserArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "newssearch-web-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _serverLog = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _server;
    private IPlaywright? _playwright;

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string ArtifactsFolder => Path.Combine(RepositoryRoot, "tests", "artifacts");

    private string IndexPath => Path.Combine(_dataFolder, "index");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        Directory.CreateDirectory(ArtifactsFolder);
        var deadline = Stopwatch.StartNew();
        _server = StartServer();
        BaseAddress = await WaitForAddressAsync(deadline);
        Http = BoundedRequests.Client(BaseAddress);
        await WaitUntilReadyAsync(deadline);
        await ServedIndex.AssertAsync(Http, ArticleIndexes.Lucene, IndexPath);

        _playwright = await Playwright.CreateAsync().Within(BrowserLimit, "starting Playwright's driver");
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = BrowserArgs,
            Timeout = (float)BrowserLimit.TotalMilliseconds,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync().Within(BrowserLimit, "closing Chromium");
        }

        _playwright?.Dispose();
        Http?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await Bounded.WaitForExitAsync(_server, TimeSpan.FromSeconds(30), "the killed API");
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    /// <summary>A new browser context and page that records console and page errors.</summary>
    public async Task<BrowserSession> NewSessionAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        }).Within(BrowserLimit, "a new browser context");
        context.SetDefaultTimeout((float)StepLimit.TotalMilliseconds);
        return await BrowserSession.OpenAsync(context, ArtifactsFolder);
    }

    private Process StartServer()
    {
        var api = ApiAssemblyPath();
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = _dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(api);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(ListeningAddress.AnyFreePort);
        start.Environment["NewsSearch__Engine"] = ArticleIndexes.Lucene;
        start.Environment["NewsSearch__IndexPath"] = IndexPath;
        start.Environment["NewsSearch__CorpusPath"] = Path.Combine(RepositoryRoot, "corpus");
        start.Environment["NewsSearch__ApiKey"] = ApiKey;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment[ListeningAddress.LifetimeLogLevel] = "Information";

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + api);
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_serverLog)
        {
            _serverLog.AppendLine(line);
        }

        if (ListeningAddress.Parse(line) is { } address)
        {
            _listening.TrySetResult(address);
        }
    }

    private async Task<Uri> WaitForAddressAsync(Stopwatch deadline)
    {
        var remaining = ReadyDeadline - deadline.Elapsed;
        var exited = _server!.WaitForExitAsync();
        if (await Task.WhenAny(_listening.Task, exited, Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero)) == _listening.Task)
        {
            return await _listening.Task;
        }

        throw new InvalidOperationException($"The API {(exited.IsCompleted ? "exited" : "did not say where it listens")} within {ReadyDeadline.TotalSeconds:0} s. Its output:\n{ServerLog()}");
    }

    private async Task WaitUntilReadyAsync(Stopwatch deadline)
    {
        while (deadline.Elapsed < ReadyDeadline)
        {
            if (_server!.HasExited)
            {
                break;
            }

            try
            {
                using var response = await Http.GetAsync("health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The API did not become ready at {BaseAddress}. Its output:\n{ServerLog()}");
    }

    private string ServerLog()
    {
        lock (_serverLog)
        {
            return _serverLog.ToString();
        }
    }

    /// <summary>The API's own output folder (with its runtimeconfig and wwwroot), same configuration as this build.</summary>
    private string ApiAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var path = Path.Combine(RepositoryRoot, "src", "NewsSearch.Api", "bin", configuration, framework, "NewsSearch.Api.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build the API first: {path} is missing.", path);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsSearch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsSearch.sln not found above " + AppContext.BaseDirectory);
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsSearch.Core.Index;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>
/// The real service over a temp Lucene.Net index (SmartCn, the default) built from corpus/, with a
/// known key, a write limit that never bites, and every log message captured at Trace level. As a
/// class fixture it first checks that the service answers from that directory on the lucene engine.
/// </summary>
public sealed class ReliabilityApplication : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "rel-key-Q7wZp3xK-可靠性";

    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-rel-api-").FullName;

    public CapturedLogs Logs { get; } = new();

    public string IndexPath => Path.Combine(_folder, "index");

    /// <summary>
    /// A client of the test server whose requests each fail after <see cref="BoundedRequests.DefaultLimit"/>,
    /// naming the request; unlike the factory's own, it follows no redirects and keeps no cookies (the API uses neither).
    /// </summary>
    public new HttpClient CreateClient()
    {
        var client = CreateDefaultClient(ClientOptions.BaseAddress, new BoundedRequests(BoundedRequests.DefaultLimit));
        client.Timeout = BoundedRequests.DefaultLimit + TimeSpan.FromSeconds(10);
        return client;
    }

    public HttpClient CreateWriter()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("NewsSearch:Engine", ArticleIndexes.Lucene);
        builder.UseSetting("NewsSearch:IndexPath", IndexPath);
        builder.UseSetting("NewsSearch:CorpusPath", TestPaths.SeedCorpus);
        builder.UseSetting("NewsSearch:ApiKey", ApiKey);
        builder.UseSetting("NewsSearch:WritesPerMinute", "100000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFilter(_ => true));
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        using var client = CreateClient();
        await ServedIndex.AssertAsync(client, ArticleIndexes.Lucene, IndexPath);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

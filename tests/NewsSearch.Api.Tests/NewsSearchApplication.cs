using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsSearch.Core.Index;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The real service on its default engine, Lucene.Net, over an index directory in a temp folder,
/// indexed from the repository's corpus/ at start-up with the engine's default segmenter (smartcn)
/// unless <see cref="Segmenter"/> names one, and with a known API key. Tests talk to it over HTTP
/// through the test server. As a class fixture it first checks that the service answers from the
/// engine and index it was given.
/// </summary>
/// <remarks><see cref="PostgresNewsSearchApplication"/> runs the same service on the PostgreSQL engine.</remarks>
public class NewsSearchApplication : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "test-key-为了测试";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newssearch-api-" + Guid.NewGuid().ToString("N"));

    /// <summary>The Lucene.Net index directory (the engine reports its full path).</summary>
    public string IndexPath => Path.Combine(_folder, "index");

    /// <summary>The engine the service is configured on, as <c>/health/ready</c> names it.</summary>
    public virtual string Engine => ArticleIndexes.Lucene;

    /// <summary>Where that engine keeps the index, as <c>/health/ready</c> names it.</summary>
    public virtual string IndexLocation => IndexPath;

    /// <summary>The <c>NewsSearch:Segmenter</c> setting; null leaves it unset.</summary>
    public string? Segmenter { get; init; }

    public int WritesPerMinute { get; init; } = 10_000;

    /// <summary>The folder indexed at start-up (default: the repository's corpus/).</summary>
    public string CorpusPath { get; init; } = Path.Combine(RepositoryRoot, "corpus");

    /// <summary>Replaces services after the application's own registrations, e.g. to observe the index.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

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
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        builder.UseSetting("NewsSearch:Engine", Engine);
        ConfigureIndex(builder);
        builder.UseSetting("NewsSearch:CorpusPath", CorpusPath);
        builder.UseSetting("NewsSearch:ApiKey", ApiKey);
        builder.UseSetting("NewsSearch:WritesPerMinute", WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("NewsSearch:CorsOrigins:0", "https://research.example.org");
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    /// <summary>Settings the engine needs beyond its name: Lucene.Net's directory and segmenter.</summary>
    protected virtual void ConfigureIndex(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsSearch:IndexPath", IndexPath);
        if (Segmenter is not null)
        {
            builder.UseSetting("NewsSearch:Segmenter", Segmenter);
        }
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        using var client = CreateClient();
        await ServedIndex.AssertAsync(client, Engine, IndexLocation);
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

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsSearch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsSearch.sln not found above " + AppContext.BaseDirectory);
    }
}

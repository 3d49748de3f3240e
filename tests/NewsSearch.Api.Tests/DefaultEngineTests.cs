using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Index;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Api.Tests;

/// <summary>With no engine configured, the service runs on Lucene.Net with SmartCn, its index in data/index.</summary>
public sealed class DefaultEngineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-default-").FullName;

    [Fact]
    public void TheOptionsDefaultToLuceneInDataIndexWithNoSegmenterSetting()
    {
        var options = new NewsSearchOptions();

        Assert.Equal((ArticleIndexes.Lucene, "data/index", null), (options.Engine, options.IndexPath, options.Segmenter));
        Assert.Equal("data/index", options.IndexLocation);
    }

    [Fact]
    public async Task AServiceConfiguredWithOnlyAnIndexPathAnswersFromLuceneWithSmartCn()
    {
        var indexPath = Path.Combine(_folder, "index");
        using var app = new UnconfiguredEngine(indexPath);
        using var client = app.CreateDefaultClient(new BoundedRequests(BoundedRequests.DefaultLimit));

        await ServedIndex.AssertAsync(client, ArticleIndexes.Lucene, indexPath);
        var ready = await Json.Get(client, "/health/ready");
        Assert.Equal("smartcn", ready.GetProperty("index").GetProperty("segmenter").GetString());
        Assert.Equal(5, (await Json.Get(client, "/api/v1/search?pageSize=1")).GetProperty("total").GetInt32());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The service with appsettings.json and the code's defaults for the engine; only the directory is the test's.</summary>
    private sealed class UnconfiguredEngine(string indexPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("NewsSearch:IndexPath", indexPath);
            builder.UseSetting("NewsSearch:CorpusPath", Path.Combine(NewsSearchApplication.RepositoryRoot, "corpus"));
        }
    }
}

using Microsoft.AspNetCore.Hosting;

namespace NewsSearch.Api.Tests;

/// <summary>The same service on the Lucene.Net engine: its index directory in a temporary folder of its own.</summary>
public sealed class LuceneNewsSearchApplication : NewsSearchApplication
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-lucene-api-").FullName;

    protected override void ConfigureIndex(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsSearch:Engine", "lucene");
        builder.UseSetting("NewsSearch:IndexPath", Path.Combine(_folder, "index"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using NewsSearch.Core.Index;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The same service on the Lucene.Net engine: its index directory in a temporary folder of its own,
/// built with the engine's default segmenter (smartcn) unless <see cref="Segmenter"/> names one.
/// </summary>
public class LuceneNewsSearchApplication : NewsSearchApplication
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-lucene-api-").FullName;

    public override string Engine => ArticleIndexes.Lucene;

    /// <summary>The index directory (the engine reports its full path).</summary>
    public override string IndexLocation => Path.Combine(_folder, "index");

    /// <summary>The <c>NewsSearch:Segmenter</c> setting; null leaves it unset.</summary>
    public string? Segmenter { get; init; }

    protected override void ConfigureIndex(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsSearch:IndexPath", IndexLocation);
        if (Segmenter is not null)
        {
            builder.UseSetting("NewsSearch:Segmenter", Segmenter);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory is disposed both synchronously and asynchronously by the test framework.
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

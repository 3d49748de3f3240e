using Microsoft.Extensions.DependencyInjection;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Generation;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The service over <see cref="Count"/> synthetic articles built from the seed corpus's sentences
/// (as <c>indexer generate</c> makes them), with an index that counts its reads, so tests can see
/// how far the service has got while a response is still arriving.
/// </summary>
public sealed class GeneratedCorpus : IAsyncLifetime
{
    public const int Count = 3_000;

    private readonly string _corpus = Path.Combine(Path.GetTempPath(), "newssearch-generated-" + Guid.NewGuid().ToString("N"));

    public NewsSearchApplication App { get; private set; } = null!;

    public CountingArticleIndex Index { get; private set; } = null!;

    /// <summary>Sees export requests end.</summary>
    public RequestObserver Exports { get; } = new("/api/v1/search/export");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_corpus);
        using (var analyzer = new Analyzer())
        {
            var seedFolder = Path.Combine(NewsSearchApplication.RepositoryRoot, "corpus");
            var reader = new ArticleFileReader();
            var seeds = Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => reader.Read(f, seedFolder).Articles);
            var pool = SentencePool.Build(seeds, new FacetTagger(FacetVocabulary.Default, analyzer.Folder, minimumMentions: 1), analyzer.Script);
            using var output = File.Create(Path.Combine(_corpus, "generated.jsonl"));
            GeneratedCorpusWriter.Write(output, new CorpusGenerator(pool, analyzer.Script).Generate(Count, seed: 7));
        }

        var app = new NewsSearchApplication
        {
            CorpusPath = _corpus,
            TestServices = services =>
            {
                services.AddSingleton<IArticleIndex>(_ => Index = new CountingArticleIndex(LuceneArticleIndex.Open(App!.IndexPath)));
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(Exports);
            },
        };
        App = app;
        app.CreateClient().Dispose(); // starts the host, which indexes the corpus before it answers
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_corpus, recursive: true);
    }
}

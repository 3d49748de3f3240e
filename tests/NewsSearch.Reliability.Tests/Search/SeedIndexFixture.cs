using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Search;

/// <summary>The five real articles indexed into a temporary SQLite file, with a search service over it.</summary>
public sealed class SeedIndexFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-rel-search-").FullName;

    public Analyzer Analyzer { get; } = new();

    public SqliteArticleIndex Index { get; private set; } = null!;

    public SearchService Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Index = SqliteArticleIndex.Open(Path.Combine(_folder, "news.db"));
        var tagger = new FacetTagger(FacetVocabulary.Default, Analyzer.Folder);
        var indexer = new CorpusIndexer(Index, new ArticleFileReader(), new ArticlePreparer(Analyzer, tagger), TimeProvider.System);
        await indexer.IndexAsync([TestPaths.SeedCorpus], new IndexingOptions()).Within(TimeSpan.FromSeconds(60), "indexing the five seeds");
        Service = new SearchService(Index, Analyzer, FacetVocabulary.Default);
    }

    public Task DisposeAsync()
    {
        Index.Dispose();
        Analyzer.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

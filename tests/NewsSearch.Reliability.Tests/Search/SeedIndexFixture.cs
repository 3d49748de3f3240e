using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Search;

/// <summary>The five real articles indexed into a temporary Lucene.Net index (SmartCn, the default), with a search service over it.</summary>
public sealed class SeedIndexFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-rel-search-").FullName;

    public Analyzer Analyzer { get; private set; } = null!;

    public LuceneArticleIndex Index { get; private set; } = null!;

    public SearchService Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Index = LuceneArticleIndex.Open(Path.Combine(_folder, "index"));
        Analyzer = IndexAnalyzers.For(Index);
        var tagger = new FacetTagger(FacetVocabulary.Default, Analyzer.Folder);
        var indexer = new CorpusIndexer(Index, new ArticleFileReader(), new ArticlePreparer(Analyzer, tagger), TimeProvider.System);
        await indexer.IndexAsync([TestPaths.SeedCorpus], new IndexingOptions()).Within(TimeSpan.FromSeconds(60), "indexing the five seeds");
        Service = new SearchService(Index, Analyzer, FacetVocabulary.Default);
    }

    public Task DisposeAsync()
    {
        Index.Dispose();
        Analyzer.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

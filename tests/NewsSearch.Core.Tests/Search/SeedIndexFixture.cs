using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Articles;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The five real articles indexed once, as the CLI wires it, into a Lucene.Net index in a temporary folder.</summary>
/// <remarks>Derived fixtures put the same articles into another engine; the tests then run unchanged on it.</remarks>
public class SeedIndexFixture : IAsyncLifetime
{
    public const string Xiangcheng2019 = "000_69931a395751e654";
    public const string SipTraditional = "001_3d349f3940e6cb6b";
    public const string Snd2021June = "002_8701b1438f67845e";
    public const string SndGuojiShangbao = "003_cff4dd02faf2c418";
    public const string XiangchengUndated = "004_5e5fe67579d06bab";

    public static readonly string[] AllIds = [Xiangcheng2019, SipTraditional, Snd2021June, SndGuojiShangbao, XiangchengUndated];

    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-search-").FullName;

    public Analyzer Analyzer { get; } = new();

    public IArticleIndex Index { get; private set; } = null!;

    public SearchService Service { get; private set; } = null!;

    public IndexingSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Index = OpenIndex();
        var tagger = new FacetTagger(FacetVocabulary.Default, Analyzer.Folder);
        var indexer = new CorpusIndexer(Index, new ArticleFileReader(), new ArticlePreparer(Analyzer, tagger), TimeProvider.System);
        Summary = await indexer.IndexAsync([SeedCorpus.CorpusRoot], new IndexingOptions()).Within(TimeSpan.FromSeconds(60), "indexing the five seeds");
        Service = new SearchService(Index, Analyzer, FacetVocabulary.Default);
    }

    /// <summary>The empty index the articles are written to.</summary>
    protected virtual IArticleIndex OpenIndex() => LuceneArticleIndex.Open(Path.Combine(_folder, "index"));

    public SearchResponse Search(string? query, int pageSize = SearchRequest.MaxPageSize) =>
        Service.Search(new SearchRequest { Query = query, PageSize = pageSize });

    public virtual Task DisposeAsync()
    {
        Index.Dispose();
        Analyzer.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The five real articles in the Lucene.Net engine, in an index directory of their own.</summary>
public sealed class LuceneSeedIndexFixture : SeedIndexFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-lucene-").FullName;

    protected override IArticleIndex OpenIndex() => LuceneArticleIndex.Open(Path.Combine(_folder, "index"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Generation;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Tests.Articles;

/// <summary>The five real scraped articles in corpus/, read through the production reader.</summary>
internal static class SeedCorpus
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string CorpusRoot => Path.Combine(RepositoryRoot, "corpus");

    public static string ExpectedFolder => Path.Combine(RepositoryRoot, "tests", "NewsSearch.Core.Tests", "Articles", "Expected");

    public static ArticleReadResult Read(string name) =>
        new ArticleFileReader().Read(Path.Combine(CorpusRoot, name + ".txt"), CorpusRoot);

    /// <summary>Every seed article, in file name order.</summary>
    public static List<Article> All()
    {
        var reader = new ArticleFileReader();
        return Directory.GetFiles(CorpusRoot, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => reader.Read(f, CorpusRoot).Articles).ToList();
    }

    /// <summary>Articles generated from the seeds' sentences, as <c>indexer generate</c> makes them.</summary>
    public static List<Article> Generated(Analyzer analyzer, int count, int seed, double reprintShare = 0)
    {
        var pool = SentencePool.Build(All(), new FacetTagger(FacetVocabulary.Default, analyzer.Folder, minimumMentions: 1), analyzer.Script);
        return new CorpusGenerator(pool, analyzer.Script) { ReprintShare = reprintShare }.Generate(count, seed).Select(g => g.Article).ToList();
    }

    public static Article ReadSingle(string name)
    {
        var result = Read(name);
        Assert.Empty(result.Problems);
        return Assert.Single(result.Articles);
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

using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

/// <summary>The five real scraped articles in corpus/, read through the production reader.</summary>
internal static class SeedCorpus
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string CorpusRoot => Path.Combine(RepositoryRoot, "corpus");

    public static string ExpectedFolder => Path.Combine(RepositoryRoot, "tests", "NewsSearch.Core.Tests", "Articles", "Expected");

    public static ArticleReadResult Read(string name) =>
        new ArticleFileReader().Read(Path.Combine(CorpusRoot, name + ".txt"), CorpusRoot);

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

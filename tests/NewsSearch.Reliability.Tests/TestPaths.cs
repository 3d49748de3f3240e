namespace NewsSearch.Reliability.Tests;

/// <summary>Where the repository and its five real articles are, found from the test binaries.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedCorpus => Path.Combine(RepositoryRoot, "corpus");

    public static IReadOnlyList<string> SeedFiles { get; } =
        Directory.GetFiles(SeedCorpus, "*.txt").Order(StringComparer.Ordinal).ToList();

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

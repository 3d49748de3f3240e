using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;

namespace NewsSearch.Indexer.Tests;

/// <summary>A temporary folder per test, with a copy of the real corpus on request; deleted on dispose.</summary>
internal sealed partial class TestFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("newssearch-cli-").FullName;

    /// <summary>The Lucene.Net index directory the tests index into with --db.</summary>
    public string IndexPath => System.IO.Path.Combine(Root, "index");

    public string CorpusCopy => System.IO.Path.Combine(Root, "corpus");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedCorpus => System.IO.Path.Combine(RepositoryRoot, "corpus");

    public static IReadOnlyList<string> SeedFiles { get; } =
        Directory.GetFiles(SeedCorpus, "*.txt").Order(StringComparer.Ordinal).ToList();

    public string In(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Copies the five seed articles into <paramref name="folder"/> (default: <see cref="CorpusCopy"/>).</summary>
    public string CopySeeds(string? folder = null)
    {
        folder ??= CorpusCopy;
        Directory.CreateDirectory(folder);
        foreach (var file in SeedFiles)
        {
            File.Copy(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    public CliResult Run(params string[] args) => IndexerCli.Run(Root, args);

    public CliResult Index(params string[] extra) => Run(["index", CorpusCopy, "--db", IndexPath, .. extra]);

    /// <summary>Opens the index the tests wrote, as the service would: to read back what the CLI stored.</summary>
    public IArticleIndex OpenIndex() => LuceneArticleIndex.Open(IndexPath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still be releasing a file; the OS temp cleaner gets it later.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsSearch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsSearch.sln not found above " + AppContext.BaseDirectory);
    }
}

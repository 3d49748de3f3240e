namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>The CLI on the Lucene.Net engine: <c>index --engine lucene</c> into its default directory, <c>copy</c> from SQLite, and reads.</summary>
public sealed class LuceneCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void IndexWithTheLuceneEngineFillsDataIndexAndIsIncremental()
    {
        var first = _folder.Run("index", TestFolder.SeedCorpus, "--engine", "lucene");
        var again = _folder.Run("index", TestFolder.SeedCorpus, "--engine", "lucene");
        var shown = _folder.Run("show", "001_3d349f3940e6cb6b", "--engine", "lucene");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("added 5, updated 0, unchanged 0", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("added 0, updated 0, unchanged 5", again.Stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_folder.In("data", "index"), "segments_*")); // the last commit point alone is kept
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("id:        001_3d349f3940e6cb6b", shown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyFromSqliteGivesTheSameHits()
    {
        var directory = _folder.In("lucene");
        Assert.Equal(0, _folder.Run("index", TestFolder.SeedCorpus, "--db", _folder.Database).ExitCode);

        var copied = _folder.Run("copy", "--from", _folder.Database, "--to", directory, "--to-engine", "lucene");

        Assert.True(copied.ExitCode == 0, copied.ToString());
        Assert.StartsWith("copied 5 articles, 0 already there", copied.Stdout, StringComparison.Ordinal);
        Assert.Equal(Hits(_folder.Run("search", "新加坡 OR 日本", "--json", "--db", _folder.Database)),
            Hits(_folder.Run("search", "新加坡 OR 日本", "--json", "--engine", "lucene", "--db", directory)));
    }

    private static List<string?> Hits(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
    }
}

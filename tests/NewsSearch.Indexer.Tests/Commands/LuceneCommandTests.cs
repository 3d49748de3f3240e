namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>The CLI's default engine, Lucene.Net: <c>index</c> with neither --engine nor --db fills data/index, and reads find it there.</summary>
public sealed class LuceneCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void IndexWithNoEngineOrDbFillsDataIndexWithLuceneAndIsIncremental()
    {
        var first = _folder.Run("index", TestFolder.SeedCorpus);
        var again = _folder.Run("index", TestFolder.SeedCorpus);
        var shown = _folder.Run("show", "001_3d349f3940e6cb6b");
        var explicitly = _folder.Run("show", "001_3d349f3940e6cb6b", "--engine", "lucene", "--db", _folder.In("data", "index"));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("added 5, updated 0, unchanged 0", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("added 0, updated 0, unchanged 5", again.Stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_folder.In("data", "index"), "segments_*")); // the last commit point alone is kept
        Assert.Equal(["data"], Directory.GetFileSystemEntries(_folder.Root).Select(Path.GetFileName));
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("id:        001_3d349f3940e6cb6b", shown.Stdout, StringComparison.Ordinal);
        Assert.Equal(shown.Stdout, explicitly.Stdout);
    }
}

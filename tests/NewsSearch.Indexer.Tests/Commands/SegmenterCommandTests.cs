namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>
/// <c>--segmenter</c> on the CLI over a real Lucene.Net index: a new index takes it (default smartcn),
/// searches analyze as the index was built, and adding with the other one is refused (exit 3) with the
/// command that rebuilds the index.
/// </summary>
public sealed class SegmenterCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Directory => _folder.In("lucene");

    [Fact]
    public void AddingWithTheOtherSegmenterIsRefusedWithTheRebuildCommand()
    {
        Assert.Equal(0, Index().ExitCode);

        var refused = Index("--segmenter", "icu");

        Assert.True(refused.ExitCode == 3, refused.ToString());
        Assert.Contains($"The index at {Directory} was built with the smartcn segmenter; adding to it with icu would mix two segmentations.", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains($"dotnet run --project indexer/NewsSearch.Indexer -- index corpus/ --rebuild --segmenter icu --engine lucene --db {Directory}", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RebuildingWithTheOtherSegmenterRecordsItAndLaterWritesFollowIt()
    {
        Assert.Equal(0, Index().ExitCode);

        var rebuilt = Index("--rebuild", "--segmenter", "icu");
        var unset = Index();
        var refused = Index("--segmenter", "smartcn");

        Assert.True(rebuilt.ExitCode == 0, rebuilt.ToString());
        Assert.True(unset.ExitCode == 0, unset.ToString());
        Assert.Contains("added 0, updated 0, unchanged 5", unset.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("built with the icu segmenter; adding to it with smartcn", refused.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("新加坡", new[] { "000_69931a395751e654", "001_3d349f3940e6cb6b" })]
    [InlineData("坡", new[] { "000_69931a395751e654", "001_3d349f3940e6cb6b" })]
    [InlineData("蘇州工業園區", new[] { "000_69931a395751e654", "001_3d349f3940e6cb6b" })]
    public void SearchesUseTheRecordedSegmenterWhateverTheOptionSays(string query, string[] expected)
    {
        Assert.Equal(0, Index().ExitCode);

        var asBuilt = Hits(Search(query));
        var withIcu = Hits(Search(query, "--segmenter", "icu"));

        Assert.Equal(expected, asBuilt.Order(StringComparer.Ordinal));
        Assert.Equal(asBuilt, withIcu);
    }

    [Fact]
    public void SmartCnWithAnEngineThatRecordsNoSegmenterIsAUsageError()
    {
        var refused = _folder.Run("index", TestFolder.SeedCorpus, "--engine", "postgres", "--db", "Host=127.0.0.1:1;Database=x;Username=u;Timeout=2", "--segmenter", "smartcn");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Segmenter smartcn needs the lucene engine; the postgres engine analyzes with icu.", refused.Stderr, StringComparison.Ordinal);
    }

    private CliResult Index(params string[] extra) =>
        _folder.Run(["index", TestFolder.SeedCorpus, "--engine", "lucene", "--db", Directory, .. extra]);

    private CliResult Search(string query, params string[] extra) =>
        _folder.Run(["search", query, "--json", "--engine", "lucene", "--db", Directory, .. extra]);

    private static List<string> Hits(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }
}

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>index</c> over a copy of the five real articles: first run, re-runs, edits, deletions, rebuilds.</summary>
public sealed class IndexCommandTests : IDisposable
{
    private const string ThroughputLine = @"^indexed \d+ articles in \d+\.\d s \(\d+ articles/s\)$";
    private const string LeedArticle = "001_3d349f3940e6cb6b";

    private readonly TestFolder _folder = new();

    public IndexCommandTests() => _folder.CopySeeds();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void IndexingACopyOfTheCorpusAddsFiveArticlesAndEndsWithTheThroughputLine()
    {
        var result = _folder.Index();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("added 5, updated 0, unchanged 0, removed 0, skipped 0 (5 files read, 0 unchanged)", result.Report[0]);
        Assert.Equal(2, result.Report.Count);
        Assert.Matches(ThroughputLine, result.Lines[^1]);
        Assert.StartsWith("indexed 5 articles in ", result.Lines[^1], StringComparison.Ordinal);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void IndexingTheSameCorpusAgainReadsNothingAndLeavesFiveUnchanged()
    {
        _folder.Index();

        var again = _folder.Index();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal("added 0, updated 0, unchanged 5, removed 0, skipped 0 (0 files read, 5 unchanged)", again.Summary);
        Assert.Matches(ThroughputLine, again.Lines[^1]);
        Assert.StartsWith("indexed 0 articles in ", again.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void AppendingAParagraphToOneArticleUpdatesOnlyThatArticle()
    {
        _folder.Index();
        File.AppendAllText(_folder.In("corpus", LeedArticle + ".txt"), "\n\n园区另有一段新增的测试段落,介绍独墅湖科教创新区的最新进展。\n");

        var result = _folder.Index();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("added 0, updated 1, unchanged 4, removed 0, skipped 0 (1 files read, 4 unchanged)", result.Summary);
        Assert.Contains("独墅湖科教创新区的最新进展", _folder.Run("show", LeedArticle, "--db", _folder.IndexPath).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeletedFileKeepsItsArticleUntilIndexingWithPrune()
    {
        _folder.Index();
        File.Delete(_folder.In("corpus", LeedArticle + ".txt"));

        var withoutPrune = _folder.Index();
        Assert.Equal("added 0, updated 0, unchanged 4, removed 0, skipped 0 (0 files read, 4 unchanged)", withoutPrune.Summary);
        Assert.Equal(1, SearchTotal("LEED"));

        var pruned = _folder.Index("--prune");
        Assert.True(pruned.ExitCode == 0, pruned.ToString());
        Assert.Equal("added 0, updated 0, unchanged 4, removed 1, skipped 0 (0 files read, 4 unchanged)", pruned.Summary);
        Assert.Equal(0, SearchTotal("LEED"));
        Assert.Equal(4, SearchTotal(""));
    }

    [Fact]
    public void RebuildDeletesTheIndexAndAddsEverythingAgain()
    {
        _folder.Index();

        var rebuilt = _folder.Index("--rebuild");

        Assert.True(rebuilt.ExitCode == 0, rebuilt.ToString());
        Assert.Equal("added 5, updated 0, unchanged 0, removed 0, skipped 0 (5 files read, 0 unchanged)", rebuilt.Summary);
    }

    private int SearchTotal(string query)
    {
        var result = _folder.Run("search", query, "--json", "--db", _folder.IndexPath);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json().GetProperty("total").GetInt32();
    }
}

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>pivot</c> over an index of the five real articles (snd and japan: 002 and 003; sip and singapore: 001).</summary>
public sealed class PivotCommandTests(SearchAndShowCommandTests.IndexedCorpus corpus) : IClassFixture<SearchAndShowCommandTests.IndexedCorpus>
{
    [Fact]
    public void PivotWithJsonPrintsTheApiResponseShape()
    {
        var result = corpus.Run("pivot", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.Equal(("zone", "country", 5), (json.GetProperty("rows").GetString(), json.GetProperty("cols").GetString(), json.GetProperty("total").GetInt32()));
        var cells = json.GetProperty("cells").EnumerateArray()
            .ToDictionary(c => (c.GetProperty("row").GetString(), c.GetProperty("col").GetString()), c => c.GetProperty("count").GetInt32());
        Assert.Equal(2, cells[("snd", "japan")]);
        Assert.Equal(1, cells[("sip", "singapore")]);
        Assert.False(cells.ContainsKey(("sip", "japan")));
    }

    [Fact]
    public void PivotPrintsATabSeparatedTable()
    {
        var result = corpus.Run("pivot", "--cols", "year", "--zone", "snd");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("2 articles; zone × year", result.Lines[0]);
        Assert.Equal("\t2021", result.Lines[1]);
        Assert.Contains("苏州高新区\t2", result.Lines);
    }

    [Fact]
    public void PivotOfOneDimensionByItselfExitsTwo()
    {
        var result = corpus.Run("pivot", "--rows", "sector", "--cols", "sector");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: cols: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>trends</c> over an index of the five real articles.</summary>
public sealed class TrendsCommandTests(SearchAndShowCommandTests.IndexedCorpus corpus) : IClassFixture<SearchAndShowCommandTests.IndexedCorpus>
{
    [Fact]
    public void TrendsPrintACountPerPeriodAndQuery()
    {
        var result = corpus.Run("trends", "新加坡", "日本", "德国", "--interval", "year");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["year\t新加坡\t日本\t德国", "2019\t1\t1\t0", "2020\t0\t0\t0", "2021\t0\t1\t0", "2022\t1\t0\t0", "total\t2\t2\t0"], result.Lines);
    }

    [Fact]
    public void TrendsAsCsvAreTheApisFile()
    {
        var result = corpus.Run("trends", "新加坡", "日本", "--interval", "year", "--csv", "--zone", "xiangcheng");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "q,query,period,count,total,share\r\n新加坡,新加坡,2019,1,1,1\r\n新加坡,新加坡,2020,0,0,0\r\n新加坡,新加坡,2021,0,2,0\r\n新加坡,新加坡,2022,0,1,0\r\n" +
            "日本,日本,2019,1,1,1\r\n日本,日本,2020,0,0,0\r\n日本,日本,2021,0,2,0\r\n日本,日本,2022,0,1,0\r\n",
            result.Stdout.TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData("error: q: Give 2 to 6 queries (q=...&q=...); 1 given.", "新加坡")]
    [InlineData("error: --interval must be month or year, not 'week'", "新加坡", "日本", "--interval", "week")]
    public void BadTrendsExitTwo(string message, params string[] args)
    {
        var result = corpus.Run(["trends", .. args]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(message, Assert.Single(result.ErrorLines));
    }
}

using System.Text;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>concordance</c> over an index of the five real articles.</summary>
public sealed class ConcordanceCommandTests(SearchAndShowCommandTests.IndexedCorpus corpus) : IClassFixture<SearchAndShowCommandTests.IndexedCorpus>
{
    [Fact]
    public void ConcordancePrintsTheMatchesInOneColumn()
    {
        var result = corpus.Run("concordance", "长三角", "--width", "8", "--page-size", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
        [
            "25 occurrences in 4 articles for 长三角 (page 1, by date)",
            "2021-11-05  智信智能装备基地 [长三角] 创新中心等一批合  (003_cff4dd02faf2c418)",
            "2021-11-05   ,粤港澳大湾区与 [长三角] 一体化均是重要的  (003_cff4dd02faf2c418)", // a comma is one column, a Han character two
            "2021-11-05    圳考察学  作为 [长三角] 城市群的经济重镇  (003_cff4dd02faf2c418)",
        ], result.Lines);
    }

    [Fact]
    public void ConcordanceWithJsonPrintsTheApiResponseShapeInTheArticlesScript()
    {
        var result = corpus.Run("concordance", "苏州工业园区", "--width", "10", "--sort", "right", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.Equal((18, 2, "right"), (json.GetProperty("total").GetInt32(), json.GetProperty("articles").GetInt32(), json.GetProperty("sort").GetString()));
        Assert.Equal(17, json.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("match").GetString() == "蘇州工業園區"));
    }

    [Fact]
    public void ConcordanceExportWritesEveryLineAsCsv()
    {
        var result = corpus.Run("concordance", "长三角", "--export", "csv", "--page-size", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("id,title,published,left,match,right,heading,headingDerived", lines[0]);
        Assert.Equal(25, lines.Length - 2);
        Assert.StartsWith("003_cff4dd02faf2c418,苏州高新区抢抓国家战略机遇 积极融入长三角,2021-11-05,", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sort", "sideways", "error: --sort must be date, left, right, not 'sideways'")]
    [InlineData("--width", "200", "error: width: The width must be between 5 and 100 characters.")]
    public void BadConcordanceOptionsExitTwo(string option, string value, string message)
    {
        var result = corpus.Run("concordance", "长三角", option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(message, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void AQueryWithoutWordsToFindExitsTwo()
    {
        var result = corpus.Run("concordance", "title:相城");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: q: A concordance needs words to find", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}

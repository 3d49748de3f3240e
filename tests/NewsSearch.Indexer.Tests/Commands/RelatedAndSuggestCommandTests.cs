namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>related</c> and <c>suggest</c> over an index of the five real articles.</summary>
public sealed class RelatedAndSuggestCommandTests(SearchAndShowCommandTests.IndexedCorpus corpus)
    : IClassFixture<SearchAndShowCommandTests.IndexedCorpus>
{
    [Fact]
    public void RelatedPrintsTheMostSimilarArticlesWithTheWordsTheyShare()
    {
        var result = corpus.Run("related", "002_8701b1438f67845e", "--limit", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Lines;
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("1. 苏州高新区抢抓国家战略机遇 积极融入长三角  (2021-11-05)  [003_cff4dd02faf2c418]  score ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("   shared: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("研究院", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("[002_8701b1438f67845e]", StringComparison.Ordinal));
    }

    [Fact]
    public void RelatedWithJsonPrintsTheApiResponseShape()
    {
        var json = corpus.Run("related", "001_3d349f3940e6cb6b", "--json").Json();

        Assert.Equal("001_3d349f3940e6cb6b", json.GetProperty("id").GetString());
        var first = json.GetProperty("related")[0];
        Assert.Equal("000_69931a395751e654", first.GetProperty("id").GetString());
        Assert.Contains("新加坡", first.GetProperty("sharedTerms").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void RelatedOfAMissingIdExitsFour()
    {
        var result = corpus.Run("related", "missing");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal(["error: no article with id 'missing'"], result.ErrorLines);
    }

    [Fact]
    public void RelatedWithABadLimitExitsTwoNamingIt()
    {
        var result = corpus.Run("related", "missing", "--limit", "0");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: limit: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestPrintsFacetValuesInTheTypedScriptThenWords()
    {
        var result = corpus.Run("suggest", "蘇州", "--limit", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["蘇州高新區\tzone (snd)\t2", "蘇州市相城區\tzone (xiangcheng)\t2", "蘇州相城經濟技術開發區\tzone (xiangcheng-edz)\t2"], result.Lines);
    }
}

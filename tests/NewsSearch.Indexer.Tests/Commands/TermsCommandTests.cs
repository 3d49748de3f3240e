namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>terms</c> over an index of the five real articles (Lucene.Net with SmartCn).</summary>
public sealed class TermsCommandTests(SearchAndShowCommandTests.IndexedCorpus corpus) : IClassFixture<SearchAndShowCommandTests.IndexedCorpus>
{
    [Fact]
    public void TermsPrintTheWordsWithTheirCountsAndScores()
    {
        var result = corpus.Run("terms", "苏州高新区", "--limit", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["2 of 5 articles", "党工委\t2\t2\t1.5", "努力\t2\t2\t1.5", "包容\t2\t2\t1.5"], result.Lines);
    }

    [Fact]
    public void TermsWithJsonPrintTheApiResponseShape()
    {
        var result = corpus.Run("terms", "--zone", "snd", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.Equal((2, 5, false, 20), (json.GetProperty("foregroundSize").GetInt32(), json.GetProperty("backgroundSize").GetInt32(),
            json.GetProperty("sampled").GetBoolean(), json.GetProperty("terms").GetArrayLength()));
    }

    [Fact]
    public void ALimitOutOfRangeExitsTwo()
    {
        var result = corpus.Run("terms", "苏州", "--limit", "0");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("error: limit: The limit must be between 1 and 100.", Assert.Single(result.ErrorLines));
    }
}

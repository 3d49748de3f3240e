using NewsSearch.Core.Search;
using static NewsSearch.Core.Tests.Search.SeedIndexFixture;

namespace NewsSearch.Core.Tests.Search;

/// <summary>
/// Queries over the five real articles. Expected hits come from reading the articles (their cleaned
/// bodies are in Articles/Expected), not from what the code returned.
/// </summary>
public class SearchServiceQueryTests : IClassFixture<SeedIndexFixture>
{
    private readonly SeedIndexFixture _seeds;

    public SearchServiceQueryTests(SeedIndexFixture seeds) => _seeds = seeds;

    [Fact]
    public void Fixture_IndexesAllFiveSeedArticles()
    {
        Assert.Equal(5, _seeds.Summary.Added);
        Assert.Empty(_seeds.Summary.Skipped);
    }

    // Each word of 苏州工业园区 (苏州, 工业, 园区) occurs in every article, but only 000 and 001
    // (蘇州工業園區, 17 times) hold the run itself: a run typed without spaces must appear together.
    [Fact]
    public void Search_SimplifiedZoneName_FindsTheTwoArticlesWithTheRunIncludingTraditional001()
    {
        var response = _seeds.Search("苏州工业园区");

        Assert.Equal(2, response.Total);
        Assert.Equal([SipTraditional, Xiangcheng2019], response.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_TraditionalInput_FindsSimplifiedArticles()
    {
        var response = _seeds.Search("蘇州");

        Assert.Equal(5, response.Total);
        Assert.Equal("苏州", response.Query);
    }

    [Theory]
    [InlineData("\"园区新加坡\"", new[] { SipTraditional })] // 園區新加坡 twice in 001, across the words 园区|新加坡
    [InlineData("\"中新合作\"", new[] { SipTraditional })]
    [InlineData("坡", new[] { SipTraditional, Xiangcheng2019 })] // 新加坡: 20 times in 001, once in 000
    [InlineData("LEED", new[] { SipTraditional })]
    [InlineData("leed*", new[] { SipTraditional })]
    [InlineData("5G", new[] { Snd2021June })]
    [InlineData("新加坡 -日本", new[] { SipTraditional })] // 000 has both
    [InlineData("新加坡 NOT 日本", new[] { SipTraditional })]
    [InlineData("source:国际商报", new[] { SndGuojiShangbao })]
    public void Search_Query_ReturnsExactHitsInOrder(string query, string[] expected)
    {
        var response = _seeds.Search(query);

        Assert.Equal(expected, response.Hits.Select(h => h.Id));
        Assert.Equal(expected.Length, response.Total);
    }

    // "AI" is a word in 001 (AI生物醫藥) and 004 (AI智能建模); 002's "5G&AIOT" holds the longer word AIOT.
    [Fact]
    public void Search_LatinWord_MatchesWholeWordsOnly()
    {
        var response = _seeds.Search("AI");

        Assert.Equal([SipTraditional, XiangchengUndated], response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_TitleField_MatchesOnlyTitles()
    {
        // 相城 is in the titles of 000 (苏州相城) and 004 (相城经开区); no other title has it.
        var response = _seeds.Search("title:相城");

        Assert.Equal([Xiangcheng2019, XiangchengUndated], response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_OrAcrossWords_FindsEither()
    {
        // 日本: 000 and 002 (and their aliases); 新加坡: 000 and 001.
        var response = _seeds.Search("日本 OR 新加坡");

        Assert.Equal([Xiangcheng2019, SipTraditional, Snd2021June], response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    // Nothing searchable left browses all five; literal words in no seed (near, col, drop, and,
    // bodywords) find none.
    [Theory]
    [InlineData("NEAR(a b)", 0)]
    [InlineData("\"", 5)]
    [InlineData("\"苏州", 5)]
    [InlineData("(苏州", 5)]
    [InlineData("苏州)", 5)]
    [InlineData("*", 5)]
    [InlineData("col:x", 0)]
    [InlineData("'; DROP TABLE article; --", 0)]
    [InlineData("AND OR NOT", 5)]
    [InlineData("苏州 OR", 5)]
    [InlineData("(新加坡 OR", 2)]
    [InlineData("- -- ---", 5)]
    [InlineData("title:", 5)]
    [InlineData("{body_words}: 苏州", 0)]
    [InlineData("苏州 NEAR/2 园区", 0)]
    public void Search_HostileSyntax_NeverThrowsAndKeepsTheIndex(string query, int total)
    {
        var response = _seeds.Search(query);

        Assert.Equal(total, response.Total);
        Assert.Equal(total, response.Hits.Count);
        Assert.Equal(5, _seeds.Search(null).Total);
    }

    [Fact]
    public void Search_UnbalancedQuote_StillFindsTheWords()
    {
        Assert.Equal(5, _seeds.Search("\"苏州").Total);
    }
}

using System.Text.RegularExpressions;
using static NewsSearch.Core.Tests.Search.SeedIndexFixture;

namespace NewsSearch.Core.Tests.Search;

/// <summary>Snippets and relevance tiers over the five real articles.</summary>
public class SearchServiceSnippetTests : IClassFixture<SeedIndexFixture>
{
    private readonly SeedIndexFixture _seeds;

    public SearchServiceSnippetTests(SeedIndexFixture seeds) => _seeds = seeds;

    [Fact]
    public void Search_SimplifiedQuery_HighlightsTraditionalTextInItsOwnScript()
    {
        var hit = Assert.Single(_seeds.Search("苏州").Hits, h => h.Id == SipTraditional);

        Assert.Contains("<mark>蘇州</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>苏州</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_LatinWord_HighlightsItAndEscapesTheRestOfThePassage()
    {
        // 002 reads "北斗+5G&AIOT应用测试服务".
        var hit = Assert.Single(_seeds.Search("5G").Hits);

        Assert.Contains("<mark>5G</mark>&amp;AIOT", hit.Snippet, StringComparison.Ordinal);
        AssertEscaped(hit.Snippet);
    }

    [Theory]
    [InlineData("苏州工业园区", new[] { Xiangcheng2019, SipTraditional })]
    [InlineData("日本 OR 新加坡", new[] { Xiangcheng2019, SipTraditional, Snd2021June })]
    [InlineData("LEED", new[] { SipTraditional })]
    [InlineData("\"中新合作\"", new[] { SipTraditional })]
    public void Search_AnyQuery_SnippetsAreEscapedHtmlWithMarks(string query, string[] expected)
    {
        var response = _seeds.Search(query);

        Assert.Equal(expected, response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(response.Hits, h =>
        {
            Assert.Contains("<mark>", h.Snippet, StringComparison.Ordinal);
            AssertEscaped(h.Snippet);
        });
    }

    // 中新 is a word in 001 (中新合作, 15 times); in 004 it only occurs across the words 其中|新基建,
    // so 004 matches on the bigram alone and must come after every whole-word match. Which articles
    // hold 中新 as a segmented word is checked here with the analyzer, independently of the search code.
    [Fact]
    public void Search_BigramSpanningTwoWords_RanksAfterWholeWordMatches()
    {
        var onWords = AllIds.Where(id =>
        {
            var article = _seeds.Index.Find(id)!;
            return _seeds.Analyzer.Analyze(article.Title).Words.Concat(_seeds.Analyzer.Analyze(article.Body).Words).Any(w => w.Term == "中新");
        });

        var response = _seeds.Search("中新");

        Assert.Equal([SipTraditional], onWords);
        Assert.Equal([SipTraditional, XiangchengUndated], response.Hits.Select(h => h.Id));
        Assert.Contains("<mark>中新</mark>基建", response.Hits[1].Snippet, StringComparison.Ordinal);
    }

    private static void AssertEscaped(string snippet)
    {
        var text = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        Assert.DoesNotMatch("&(?!amp;|lt;|gt;|quot;|#39;|#x27;)", text);
    }
}

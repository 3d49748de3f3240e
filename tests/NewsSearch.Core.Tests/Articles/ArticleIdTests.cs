using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class ArticleIdTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/a/b/?utm_source=x&id=3&UTM_medium=y#comments", "https://news.example.com/a/b?id=3")]
    [InlineData("http://example.com/", "http://example.com")]
    [InlineData("http://example.com:8080/p?utm_campaign=z", "http://example.com:8080/p")]
    public void NormalizeUrl_Variants_LowerCaseHostWithoutFragmentTrackingOrSlash(string url, string expected) =>
        Assert.Equal(expected, ArticleId.NormalizeUrl(url));

    [Fact]
    public void FromUrl_EquivalentUrls_ShareOneHashedId()
    {
        var id = ArticleId.FromUrl("https://example.com/news/1");

        Assert.Matches("^u-[0-9a-f]{16}$", id);
        Assert.Equal(id, ArticleId.FromUrl("https://EXAMPLE.com/news/1/?utm_source=feed#top"));
    }

    [Theory]
    [InlineData("000_69931a395751e654.txt", "000_69931a395751e654")]
    [InlineData("2022/sip/a1.html", "2022.sip.a1")]
    [InlineData(@"2022\sip\a1.txt", "2022.sip.a1")]
    public void FromPath_TidyPath_IsReadable(string path, string expected) =>
        Assert.Equal(expected, ArticleId.FromPath(path));

    [Theory]
    [InlineData("苏州/新闻.txt")]
    [InlineData("a b.txt")]
    [InlineData("v1.2/a.txt")]
    public void FromPath_UntidyPath_IsHashed(string path) =>
        Assert.Matches("^p-[0-9a-f]{16}$", ArticleId.FromPath(path));

    [Theory]
    [InlineData("sip:2021.06-a_1", "sip:2021.06-a_1")]
    [InlineData("bad id", null)]
    public void ForJsonLine_IdField_UsedOnlyWhenWellFormed(string id, string? expected) =>
        Assert.Equal(expected ?? ArticleId.FromUrl("https://example.com/x"), ArticleId.ForJsonLine(id, "https://example.com/x", "f.jsonl", 1));
}

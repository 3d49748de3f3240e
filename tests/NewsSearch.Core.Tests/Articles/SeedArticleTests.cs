using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

/// <summary>Metadata and body edges of the five real articles, as read from corpus/.</summary>
public sealed class SeedArticleTests
{
    private static readonly string[] Furniture =
        ["上一篇", "下一篇", "猜你喜欢", "关键词:", "订阅", "评论", "©", "版权所有", "备案号", "ICP", "@qq.com", "联系网站", "联系邮箱", "扫码", "供图", "本版撰稿", "来源:", "发布时间"];

    [Fact]
    public void Read_Seed000_InfersYearOfWeekdayDateAndCutsNextArticleLinks()
    {
        var article = SeedCorpus.ReadSingle("000_69931a395751e654");

        Assert.Equal("000_69931a395751e654", article.Id);
        Assert.Equal("000_69931a395751e654.txt", article.Origin);
        Assert.Equal("聚焦长三角|苏州相城:打造长三角国际开放合作新引擎", article.Title);
        Assert.Equal(new DateOnly(2019, 11, 17), article.Published);
        Assert.Equal("", article.Source);
        Assert.Equal("", article.Author);
        AssertBody(article, 19, "25年前,中国和新加坡两国政府", "把日本具有先进技术的小微企业引进到相城,助力创业者发展壮大。”");
        Assert.DoesNotContain("日本天皇", article.Body);
        Assert.DoesNotContain("新加坡新闻", article.Body);
    }

    [Fact]
    public void Read_Seed001_KeepsTraditionalByline_RemovesPinyinKeepsRealBrackets()
    {
        var article = SeedCorpus.ReadSingle("001_3d349f3940e6cb6b");

        Assert.Equal("", article.Title);
        Assert.Equal(new DateOnly(2022, 11, 6), article.Published);
        Assert.Equal("", article.Source);
        Assert.Equal("吳婧茸", article.Author);
        AssertBody(article, 26, "2022年的11月6日,第五屆中新合作服務貿易創新論壇", "當好新中友好合作的“探路者”和“傳播者”。");
        Assert.Contains("服務貿易", article.Body);
        Assert.Contains("資深AI", article.Body);
        Assert.Contains("(企查查)", article.Body);
        Assert.Contains("(SIRI)", article.Body);
        Assert.Contains("(Trade Trust)", article.Body);
        Assert.DoesNotMatch("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]", article.Body);
        Assert.DoesNotContain("記者", article.Body);
    }

    [Fact]
    public void Read_Seed002_TakesSourceAndDateFromMetadataLineAndAuthorFromSignature()
    {
        var article = SeedCorpus.ReadSingle("002_8701b1438f67845e");

        Assert.Equal("苏州高新区秉承长三角一体化发展思维,积极鼓励企业“走出去”", article.Title);
        Assert.Equal(new DateOnly(2021, 6, 7), article.Published);
        Assert.Equal("苏州高新区", article.Source);
        Assert.Equal("夏燕燕", article.Author);
        AssertBody(article, 17, "“借助长三角一体化发展优势", "奏响长三角一体化发展的华美乐章。”方文浜表示。");
    }

    [Fact]
    public void Read_Seed003_CutsKeywordsAndRecommendationsAndTakesBracketedReporter()
    {
        var article = SeedCorpus.ReadSingle("003_cff4dd02faf2c418");

        Assert.Equal("苏州高新区抢抓国家战略机遇 积极融入长三角", article.Title);
        Assert.Equal(new DateOnly(2021, 11, 5), article.Published);
        Assert.Equal("国际商报", article.Source);
        Assert.Equal("孙宝", article.Author);
        AssertBody(article, 11, "日,“2021苏州高新区对接大湾区创新发展推介会”在深圳举行。", "引导优质项目到苏州高新区生根发展。");
        Assert.DoesNotContain("制造业基本开放", article.Body);
    }

    [Fact]
    public void Read_Seed004_KeepsKickerAboveTextDropsBannerAndJoinsWriters()
    {
        var article = SeedCorpus.ReadSingle("004_5e5fe67579d06bab");

        Assert.Equal("相城经开区打造现代化一流国家级经开区", article.Title);
        Assert.Null(article.Published);
        Assert.Equal("", article.Source);
        Assert.Equal("孟旭、单陈晨、齐郁、张灿", article.Author);
        AssertBody(article, 30, "坚定不移推进产业强区“一号战略”", "成为一种影响深远的价值示范。");
        var paragraphs = article.Body.Split("\n\n");
        Assert.Equal("奋进新时代 苏写新篇章", paragraphs[1]);
        Assert.StartsWith("深秋时节,", paragraphs[2]);
        Assert.DoesNotContain("苏州\n", article.Body);
    }

    private static void AssertBody(Article article, int paragraphCount, string firstStart, string lastEnd)
    {
        var paragraphs = article.Body.Split("\n\n");
        Assert.Equal(paragraphCount, paragraphs.Length);
        Assert.StartsWith(firstStart, paragraphs[0]);
        Assert.EndsWith(lastEnd, paragraphs[^1]);
        Assert.DoesNotContain(article.Title is "" ? "\0" : article.Title, paragraphs);
        Assert.All(paragraphs, p => Assert.Equal(p.Trim(), p));
        Assert.All(Furniture, f => Assert.DoesNotContain(f, article.Body));
    }
}

using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class ArticleCleanerTests
{
    private const string Filler = "苏州工业园区是中国和新加坡两国政府间的首个合作项目,在可持续、双向投资与创新发展等领域树立了合作的典范。";

    [Theory]
    [InlineData("服務(wù)貿(mào)易", "服務貿易")]
    [InlineData("服務（wù）貿（mào）易", "服務貿易")]
    [InlineData("資深A(yù)I生物", "資深AI生物")]
    [InlineData("創(chuàng)新", "創新")]
    [InlineData("綠(lǜ)色", "綠色")]
    [InlineData("蘇州朗動網(wǎng)絡(luò)(企查查)科技", "蘇州朗動網絡(企查查)科技")]
    [InlineData("工業智能指數(SIRI)評估", "工業智能指數(SIRI)評估")]
    [InlineData("通商互信(Trade Trust)框架", "通商互信(Trade Trust)框架")]
    [InlineData("苏州(相城)中日", "苏州(相城)中日")]
    [InlineData("经发局(招商局)局长", "经发局(招商局)局长")]
    [InlineData("version (beta) and (abc)", "version (beta) and (abc)")]
    [InlineData("LEED金獎?wù)J證的商務園區", "LEED金獎J證的商務園區")]
    [InlineData("服務？wù）貿易", "服務貿易")]
    [InlineData("服務wù)貿易", "服務貿易")]
    [InlineData("服務\uFFFDmào)易", "服務易")]
    [InlineData("苏州Hello world)", "苏州Hello world)")]
    [InlineData("苏州abc)", "苏州abc)")]
    [InlineData("what?wù) no", "what?wù) no")]
    public void RemovePinyinAnnotations_Text_RemovesOnlyToneMarkedLetterGroups(string input, string expected) =>
        Assert.Equal(expected, ArticleCleaner.RemovePinyinAnnotations(input));

    [Fact]
    public void TheSeedWithAGarbledAnnotationKeepsNoPinyin()
    {
        var path = Path.Combine(SeedCorpus.CorpusRoot, "001_3d349f3940e6cb6b.txt");
        var article = Assert.Single(new ArticleFileReader().Read(path, SeedCorpus.CorpusRoot).Articles);

        Assert.Contains("蘇州首個獲得LEED金獎J證的商務園區", article.Body, StringComparison.Ordinal);
        Assert.DoesNotMatch("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]", article.Body);
    }

    [Fact]
    public void Clean_SpacesTabsAndIdeographicSpaces_CollapseAndEmptyLinesDrop()
    {
        var paragraphs = ArticleCleaner.Clean("  第一段\t\t文字\u3000\u3000在此  \r\n\r\n \u3000 \r\n第二段");

        Assert.Equal(["第一段 文字 在此", "第二段"], paragraphs);
    }

    [Theory]
    [InlineData("© 2012-2020 财经快报网 版权所有")]
    [InlineData("Copyright 2021 Example News. All Rights Reserved")]
    [InlineData("备案号:粤ICP备18023326号-41")]
    [InlineData("苏ICP备12345678号")]
    [InlineData("网站联系邮箱:98 28 36 7@qq.com")]
    [InlineData("联系电话:0512-12345678")]
    [InlineData("E-mail: news@example.com")]
    [InlineData("扫码查看更多报道")]
    [InlineData("扫一扫 分享给朋友")]
    [InlineData("关注我们的微信二维码")]
    [InlineData("订阅每日新闻")]
    [InlineData("评论")]
    [InlineData("发表评论")]
    [InlineData("我要评论")]
    [InlineData("网友评论(3)")]
    [InlineData("分享到:微信 微博")]
    [InlineData("责任编辑:王小明")]
    [InlineData("(编辑:李华)")]
    [InlineData("本版供图 相城经济技术开发区")]
    [InlineData("图片来源:视觉中国")]
    [InlineData("摄影:张三")]
    [InlineData("图/张三")]
    public void Clean_FurnitureLine_IsDropped(string furniture)
    {
        var paragraphs = ArticleCleaner.Clean($"{Filler}\n{furniture}\n{Filler}");

        Assert.Equal([Filler, Filler], paragraphs);
    }

    [Fact]
    public void Clean_LongSentenceMentioningQrCodeOrComments_Survives()
    {
        var sentence = "园区在政务服务大厅推出二维码自助办理,市民扫码即可查询进度,这一做法获得网友评论称赞,也被多家媒体转载和报道推广,成为全市政务服务改革中的一个亮点案例。";

        Assert.Equal([Filler, sentence], ArticleCleaner.Clean($"{Filler}\n{sentence}"));
    }

    [Fact]
    public void Clean_TailMarkerInSecondHalf_DropsMarkerAndEverythingAfter()
    {
        var paragraphs = ArticleCleaner.Clean($"{Filler}\n{Filler}\n相关阅读\n另一篇文章的标题\n{Filler}");

        Assert.Equal([Filler, Filler], paragraphs);
    }

    [Fact]
    public void Clean_TailMarkerInFirstHalf_DropsOnlyItsLine()
    {
        var paragraphs = ArticleCleaner.Clean($"上一篇:旧闻一则\n{Filler}\n{Filler}");

        Assert.Equal([Filler, Filler], paragraphs);
    }

    [Theory]
    [InlineData("上一篇新闻")]
    [InlineData("下一篇")]
    [InlineData("猜你喜欢")]
    [InlineData("相关新闻")]
    [InlineData("相关文章")]
    [InlineData("推荐阅读")]
    [InlineData("热门推荐")]
    [InlineData("延伸阅读")]
    [InlineData("更多新闻")]
    [InlineData("关键词: 苏州高新区 长三角")]
    public void Clean_EachTailMarker_EndsTheArticle(string marker)
    {
        var paragraphs = ArticleCleaner.Clean($"{Filler}\n{Filler}\n{marker}\n尾部链接");

        Assert.Equal([Filler, Filler], paragraphs);
    }
}

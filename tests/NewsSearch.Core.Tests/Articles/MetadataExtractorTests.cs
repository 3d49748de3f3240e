using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class MetadataExtractorTests
{
    private const string Body = "苏州工业园区是中国和新加坡两国政府间的首个合作项目,在可持续、双向投资与创新发展等领域树立了合作的典范。";

    private static ArticleMetadata Extract(string text) => MetadataExtractor.Extract(ArticleCleaner.Clean(text));

    [Theory]
    [InlineData("2021-06-07 16:05:02", 2021, 6, 7)]
    [InlineData("2021-06-07", 2021, 6, 7)]
    [InlineData("发布时间:2021-11-05 10:58:39", 2021, 11, 5)]
    [InlineData("发布时间：2021年11月5日", 2021, 11, 5)]
    [InlineData("来源:苏州高新区 | 2021-06-07 16:05:02 |", 2021, 6, 7)]
    public void Extract_DateInHeader_IsPublished(string header, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Extract($"标题在这里很重要\n{header}\n{Body}").Published);

    [Theory]
    [InlineData("2022年11月6日,论坛在苏州举行。", 2022, 11, 6)]
    [InlineData("2022年的11月6日,论坛在苏州举行。", 2022, 11, 6)]
    public void Extract_ChineseDateInFirstParagraph_IsPublished(string opening, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Extract($"{opening}{Body}\n{Body}").Published);

    [Fact]
    public void Extract_ChineseDateDeeperInArticle_IsAnEventNotPublication() =>
        Assert.Null(Extract($"{Body}\n2022年11月6日,论坛在苏州举行。{Body}").Published);

    [Theory]
    [InlineData("• 11月17日 星期日", "2018年以来", 2019, 11, 17)]
    [InlineData("11月17日 周日", "2018年以来", 2019, 11, 17)]
    [InlineData("11月17日 礼拜天", "2018年以来", 2019, 11, 17)]
    [InlineData("• 11月17日 星期六", "2018年以来", 2018, 11, 17)]
    [InlineData("• 11月17日 星期日", "2015年和2018年", 2019, 11, 17)]
    public void Extract_WeekdayDate_InfersFirstFittingYearFromLatestMention(string line, string years, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Extract($"{line}\n标题在这里很重要\n{Body}\n{years},{Body}").Published);

    [Fact]
    public void Extract_WeekdayDateWithoutYearsInBody_IsNull() =>
        Assert.Null(Extract($"• 11月17日 星期日\n标题在这里很重要\n{Body}").Published);

    [Theory]
    [InlineData("来源:国际商报 发布时间:2021-11-05 10:58:39", "国际商报")]
    [InlineData("来源：苏州日报｜2021-11-05", "苏州日报")]
    [InlineData("来源:新华社", "新华社")]
    public void Extract_SourceLine_GivesSourceUpToSeparator(string line, string source)
    {
        var metadata = Extract($"标题在这里很重要\n{line}\n{Body}");

        Assert.Equal(source, metadata.Source);
        Assert.Equal([Body], metadata.Paragraphs);
    }

    [Theory]
    [InlineData("○記者 吳婧茸", "吳婧茸")]
    [InlineData("记者 张三 李四", "张三、李四")]
    [InlineData("作者:王五", "王五")]
    [InlineData("撰稿:赵六", "赵六")]
    [InlineData("文/钱七", "钱七")]
    [InlineData("本版撰稿 孟旭 单陈晨 齐郁 张灿", "孟旭、单陈晨、齐郁、张灿")]
    public void Extract_BylineLine_GivesAuthorAndLeavesBody(string byline, string author)
    {
        var metadata = Extract($"{byline}\n{Body}\n{Body}");

        Assert.Equal(author, metadata.Author);
        Assert.Equal([Body, Body], metadata.Paragraphs);
    }

    [Theory]
    [InlineData("(作者:夏燕燕)", "夏燕燕")]
    [InlineData("（记者 吴婧茸）", "吴婧茸")]
    [InlineData("(孙宝)", "孙宝")]
    public void Extract_SignatureClosingLastParagraph_GivesAuthorAndIsRemoved(string signature, string author)
    {
        var metadata = Extract($"{Body}\n{Body}{signature}");

        Assert.Equal(author, metadata.Author);
        Assert.Equal([Body, Body], metadata.Paragraphs);
    }

    [Fact]
    public void Extract_SentenceMentioningReporter_IsNotAByline()
    {
        var metadata = Extract($"{Body}\n侯正暾告诉记者,近期已有多家日企与他们接洽。\n记者手记");

        Assert.Equal("", metadata.Author);
        Assert.Equal(3, metadata.Paragraphs.Count);
    }

    [Fact]
    public void Extract_SeveralHeadings_LongestIsTitleBannerDroppedKickerKept()
    {
        var metadata = Extract($"坚定不移推进产业强区\n相城经开区打造现代化一流国家级经开区\n苏州\n{Body}");

        Assert.Equal("相城经开区打造现代化一流国家级经开区", metadata.Title);
        Assert.Equal(["坚定不移推进产业强区", Body], metadata.Paragraphs);
    }

    [Fact]
    public void Extract_NoHeading_TitleIsEmptyNotInvented() =>
        Assert.Equal("", Extract($"{Body}\n{Body}").Title);

    [Fact]
    public void Extract_KnownTitle_RemovesMatchingHeadingOnly()
    {
        var metadata = MetadataExtractor.Extract(["栏目横幅文字", "页面给出的标题", Body], knownTitle: "页面给出的标题");

        Assert.Equal("页面给出的标题", metadata.Title);
        Assert.Equal(["栏目横幅文字", Body], metadata.Paragraphs);
    }
}

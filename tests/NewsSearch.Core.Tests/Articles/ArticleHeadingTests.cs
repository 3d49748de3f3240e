using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

/// <summary>The heading of an article without a title: taken from its own text, the same whatever the query, and marked.</summary>
public sealed class ArticleHeadingTests
{
    [Fact]
    public void Of_Seed001WithoutTitle_TakesItsFirstSentenceInTraditionalAndMarksItDerived()
    {
        var article = SeedCorpus.ReadSingle("001_3d349f3940e6cb6b");

        var heading = ArticleHeading.Of(article);

        Assert.Equal("", article.Title);
        Assert.Equal(new ArticleHeading("2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行", true), heading);
    }

    [Fact]
    public void Of_Seed000WithTitle_IsTheTitleNotDerived()
    {
        var article = SeedCorpus.ReadSingle("000_69931a395751e654");

        Assert.Equal(new ArticleHeading("聚焦长三角|苏州相城:打造长三角国际开放合作新引擎", false), ArticleHeading.Of(article));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   \n\n  ", "")]
    [InlineData(null, "")]
    public void FromBody_NoText_IsEmptyAndNotDerived(string? body, string expected)
    {
        Assert.Equal(new ArticleHeading(expected, false), ArticleHeading.FromBody(body));
    }

    [Fact]
    public void Of_BlankTitleAndBlankBody_IsEmptyAndNotDerived()
    {
        Assert.Equal(new ArticleHeading("", false), ArticleHeading.Of("  ", ""));
    }

    [Fact]
    public void FromBody_ShortParagraphWithoutSentenceEnd_IsThatParagraphWithoutEllipsis()
    {
        Assert.Equal(new ArticleHeading("苏州工业园区概况", true), ArticleHeading.FromBody("苏州工业园区概况\n\n园区位于苏州城东。"));
    }

    [Fact]
    public void FromBody_TraditionalText_StaysTraditional()
    {
        Assert.Equal(new ArticleHeading("蘇州高新區與日本企業簽約", true), ArticleHeading.FromBody("蘇州高新區與日本企業簽約。雙方將在醫療器械領域合作。"));
    }

    [Fact]
    public void FromBody_QuestionMark_IsKept()
    {
        Assert.Equal(new ArticleHeading("园区凭什么吸引外资？", true), ArticleHeading.FromBody("  园区凭什么吸引外资？答案在于营商环境。"));
    }

    [Fact]
    public void FromBody_VeryLongFirstSentence_IsCutAtItsLastClauseMarkWithinTheLimitWithEllipsis()
    {
        // 72 characters; the second comma comes after the 40th, so the cut is at the first.
        const string body = "在长三角一体化发展国家战略的指引下，苏州工业园区与新加坡企业共同建设的国际合作创新中心，今天在园区湖东片区正式启用并迎来首批入驻企业。";

        var heading = ArticleHeading.FromBody(body);

        Assert.Equal(new ArticleHeading("在长三角一体化发展国家战略的指引下…", true), heading);
    }

    [Fact]
    public void FromBody_LongTextWithoutAnyMark_IsCutAtTheLimitWithEllipsis()
    {
        var body = string.Concat(Enumerable.Repeat("园区", 30));

        var heading = ArticleHeading.FromBody(body);

        Assert.Equal(string.Concat(Enumerable.Repeat("园区", 20)) + "…", heading.Text);
        Assert.True(heading.Derived);
    }

    [Fact]
    public void FromBody_DecimalPointAndAddress_DoNotEndTheSentence()
    {
        Assert.Equal(new ArticleHeading("增长3.5个百分点,详见example.org", true), ArticleHeading.FromBody("增长3.5个百分点,详见example.org. 其他内容"));
    }

    [Fact]
    public void FromBody_CharacterOutsideTheBasicPlane_IsNeverSplit()
    {
        var body = string.Concat(Enumerable.Repeat("园", 39)) + "𠀋𠀋𠀋";

        var heading = ArticleHeading.FromBody(body);

        Assert.Equal(string.Concat(Enumerable.Repeat("园", 39)) + "𠀋…", heading.Text);
    }
}

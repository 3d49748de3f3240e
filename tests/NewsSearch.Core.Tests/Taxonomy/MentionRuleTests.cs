using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Taxonomy;

// The single-mention rule on the real vocabulary (corpus/taxonomy.json) and the default tagger:
// each case names one value once, so only a meaningful mention can make it a tag.
public sealed class MentionRuleTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private readonly FacetTagger _tagger = new(FacetVocabulary.Default, fixture.Analyzer.Folder);

    private string Tags(FacetDimension dimension, string body) =>
        string.Join(' ', _tagger.Tag("", body).Of(dimension).Select(t => t.Id).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("太仓今年新增一家德资精密机械厂。", "germany")]
    [InlineData("一家日企的负责人近日到访。", "japan")]
    [InlineData("百余位臺商参加了说明会。", "taiwan")]
    [InlineData("港资物流项目近日完成备案。", "hong-kong")]
    [InlineData("一家美企近日增资。", "united-states")]
    public void Tag_DecisiveAliasOnce_Tags(string body, string expected) =>
        Assert.Equal(expected, Tags(FacetDimension.Country, body));

    [Theory]
    [InlineData("一家英国企业日前落户吴江。", "united-kingdom")]
    [InlineData("马来西亚一家电子制造服务企业与昆山签约。", "malaysia")]
    [InlineData("奧地利一家機械公司近日在相城投資建廠。", "austria")]
    [InlineData("馬來西亞一家電子企業與崑山簽約。", "malaysia")]
    [InlineData("港資物流企業近日落戶太倉港。", "hong-kong")]
    [InlineData("苏州工业园区在新加坡举办推介会。", "singapore")]
    [InlineData("30余名来自香港的青年参加交流活动。", "hong-kong")]
    public void Tag_CountryOnceInInvestmentClause_Tags(string body, string expected) =>
        Assert.Equal(expected, Tags(FacetDimension.Country, body));

    [Theory]
    [InlineData("中新社苏州5月6日电 园区发布新政,一家企业签约。")]
    [InlineData("中新网苏州电 一家企业签约落户。")]
    [InlineData("新华社新加坡5月3日电 一家企业宣布投资计划。")]
    [InlineData("与新加坡企业相比,本地企业成本更低。")]
    [InlineData("与新加坡相比,苏州土地成本仍有优势。")]
    [InlineData("该公司海外地址为新加坡乌节路1号。")]
    [InlineData("苏州可与纽约、伦敦、新加坡等国际都市的企业同台竞争。")]
    [InlineData("园区企业的产品远销美国、德国、日本等60多个国家。")]
    [InlineData("一家企业的负责人曾在马来西亚工作十年。")]
    [InlineData("一家企业在香港联交所上市。")]
    [InlineData("一家企业签约落户中新苏州工业园区。")]
    [InlineData("一批企业签约入驻中日智能制造协同创新区。")]
    [InlineData("苏州与新加坡的直航航班今天恢复。")]
    [InlineData("受美国加征关税影响,一家企业调整了订单。")]
    [InlineData("美方宣布制裁,园区企业积极应对。")]
    public void Tag_CountryOncePassing_NotTagged(string body) =>
        Assert.Equal("", Tags(FacetDimension.Country, body));

    [Theory]
    [InlineData("苏州高新区一家平台企业推出新服务,平台商家可在线下单。")]
    [InlineData("张家港企业一季度出口增长,张家港商务局发布数据。")]
    [InlineData("后台资源向台前倾斜。")]
    public void Tag_NationalityFormInsideAnotherWord_NotTagged(string body) =>
        Assert.DoesNotContain(Tags(FacetDimension.Country, body).Split(' '), id => id is "taiwan" or "hong-kong");

    [Theory]
    [InlineData("昆山开发区近日举行签约仪式。", "kunshan kunshan-edz")]
    [InlineData("新华社昆山5月3日电 一批项目集中开工。", "kunshan")]
    [InlineData("记者从苏州高新区获悉,首期工程封顶。", "snd")]
    [InlineData("吴江一家企业完成智能化改造。", "wujiang")]
    [InlineData("苏州工业园区举办分论坛,是首个在上海以外地区举办之地。", "sip")]
    [InlineData("相城区距上海约1小时车程。", "")]
    [InlineData("各地学习苏州工业园区的经验,纷纷设立开发区。", "")]
    public void Tag_ZoneOnce_TagsOnlyThePlaceOfTheNews(string body, string expected) =>
        Assert.Equal(expected, Tags(FacetDimension.Zone, body));

    [Theory]
    [InlineData("太仓一家汽车零部件企业投产。", "auto-parts automotive")]
    [InlineData("一家碳化硅项目签约。", "compound-semiconductors integrated-circuits")]
    [InlineData("吳江區新型顯示產業推介會舉行。", "display-panels electronics")]
    [InlineData("一家机器人企业获得融资。", "robotics smart-manufacturing")]
    [InlineData("印尼一家企业投资的油脂化工项目投产。", "chemicals")]
    [InlineData("一家精密机械企业落户。", "high-end-equipment machine-tools")]
    [InlineData("纳米材料企业集聚。", "nanotechnology")]
    [InlineData("一家车联网企业落户。", "automotive new-energy-vehicles")]
    public void Tag_SectorOnceInIndustryClause_TagsItWithParents(string body, string expected) =>
        Assert.Equal(expected, Tags(FacetDimension.Sector, body));

    [Theory]
    [InlineData("7纳米芯片设计企业落户。", "integrated-circuits")]
    [InlineData("园区深化工作机制改革。", "")]
    [InlineData("昆山南站汽车站改造工程完工。", "")]
    [InlineData("模具企业投产,产品主要供应汽车客户。", "high-end-equipment machine-tools")]
    [InlineData("与化工企业相比,这里的企业更轻。", "")]
    public void Tag_SectorWordInPassingOrInsideAnotherWord_NotTagged(string body, string expected) =>
        Assert.Equal(expected, Tags(FacetDimension.Sector, body));

    [Fact]
    public void Tag_MeaningfulMentionPastTheLede_NeedsTwoMentions()
    {
        var filler = new string('。', MentionRule.LedeLength);

        Assert.Equal("", Tags(FacetDimension.Country, filler + "一家英国企业日前落户吴江。"));
        Assert.Equal("united-kingdom", Tags(FacetDimension.Country, filler + "一家英国企业落户,英国驻沪领事出席。"));
    }

    [Fact]
    public void Tag_TwoPassingMentions_StillTaggedByCount() =>
        Assert.Equal("singapore", Tags(FacetDimension.Country, "与新加坡相比,与新加坡相较。"));

    [Fact]
    public void Tag_TraditionalCueWords_FoldLikeTheText() =>
        Assert.Equal("united-states", Tags(FacetDimension.Country, "蘇州工業園區一家生物醫藥企業與美國藥廠簽署授權協議。"));
}

using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Taxonomy;

// Expected tags were counted independently (a separate script applying the same rules to the
// aliases as written, without ICU folding) and read through by hand against each article.
public sealed class SeedArticleTagTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private readonly FacetTagger _tagger = new(FacetVocabulary.Load(SeedArticles.TaxonomyPath), fixture.Analyzer.Folder);

    [Theory]
    // 000: Xiangcheng's China-Japan zone; Singapore once as background, the furniture's 新加坡新闻 and 日本天皇 stripped.
    [InlineData("000", FacetDimension.Zone, "xiangcheng=43 xiangcheng-sino-japan=16 yangtze-delta=7 shanghai=5 xiangcheng-edz=4 sip=1")]
    [InlineData("000", FacetDimension.Country, "japan=37 singapore=1")]
    [InlineData("000", FacetDimension.Sector, "smart-manufacturing=21 healthcare=4 digital-economy=3 finance=3 new-energy-vehicles=3 e-commerce=2 industrial-internet=2 logistics=2 culture-tourism=1 education-research=1 modern-services=1")]
    // 001: Traditional script; 园区 counts for SIP except in 商务园区, 产业园区, 低碳园区.
    [InlineData("001", FacetDimension.Zone, "sip=36 dushu-lake=1 shanghai=1")]
    [InlineData("001", FacetDimension.Country, "singapore=52")]
    [InlineData("001", FacetDimension.Sector, "trade=17 biomedicine=7 finance=7 green-low-carbon=6 digital-economy=5 headquarters-economy=3 next-gen-it=3 ai=2 logistics=2 blockchain=1 healthcare=1 modern-services=1 real-estate=1")]
    // 002: SND and Shanghai; 绿色技术银行 is not a bank and 自然科学基金 not a fund.
    [InlineData("002", FacetDimension.Zone, "shanghai=21 snd=17 yangtze-delta=12 pudong=1 shishan=1")]
    [InlineData("002", FacetDimension.Country, "japan=9")]
    [InlineData("002", FacetDimension.Sector, "next-gen-it=8 blockchain=6 green-low-carbon=6 aerospace=4 integrated-circuits=3 medical-devices=3 education-research=2 industrial-internet=2 ai=1 biomedicine=1 healthcare=1 modern-services=1 smart-manufacturing=1")]
    // 003: SND and Shenzhen / the Greater Bay Area; 全国(首批国家级)高新区 is generic.
    [InlineData("003", FacetDimension.Zone, "snd=31 shenzhen=15 yangtze-delta=8 greater-bay-area=3 shishan=1")]
    [InlineData("003", FacetDimension.Country, "japan=2")]
    [InlineData("003", FacetDimension.Sector, "finance=11 digital-economy=7 green-low-carbon=3 headquarters-economy=3 next-gen-it=3 education-research=2 medical-devices=2 aerospace=1 biomedicine=1 blockchain=1 culture-tourism=1 high-end-equipment=1 integrated-circuits=1 real-estate=1 smart-manufacturing=1")]
    // 004: 相城经开区; 国家级经开区 is generic, a bare 经开区 refers back to it.
    [InlineData("004", FacetDimension.Zone, "xiangcheng=40 xiangcheng-edz=37 yangtze-delta=2 jiangsu-ftz-suzhou=1 xiangcheng-sino-japan=1")]
    [InlineData("004", FacetDimension.Country, "japan=1")]
    [InlineData("004", FacetDimension.Sector, "smart-manufacturing=6 finance=5 new-materials=5 aerospace=4 headquarters-economy=4 biomedicine=2 digital-economy=2 industrial-internet=2 ai=1 culture-tourism=1 medical-devices=1 modern-services=1 new-energy-vehicles=1 next-gen-it=1 real-estate=1 trade=1")]
    public void Tag_SeedArticle_MatchesHandCheckedTags(string number, FacetDimension dimension, string expected)
    {
        var (title, body) = SeedArticles.Load(number);

        var tags = _tagger.Tag(title, body).Of(dimension);

        Assert.Equal(expected, string.Join(' ', tags.Select(t => $"{t.Id}={t.Mentions}")));
    }

    [Theory]
    [InlineData("000", "聚焦长三角|苏州相城:打造长三角国际开放合作新引擎", "25年前", "助力创业者发展壮大。”", "星期日")]
    [InlineData("001", "", "2022年的11月6日", "“傳播者”。", "記者")]
    [InlineData("002", "苏州高新区秉承长三角一体化发展思维,积极鼓励企业“走出去”", "“借助长三角", "(作者:夏燕燕)", "来源:")]
    [InlineData("003", "苏州高新区抢抓国家战略机遇 积极融入长三角", "日,“2021苏州高新区", "生根发展。(孙宝)", "来源:")]
    [InlineData("004", "相城经开区打造现代化一流国家级经开区", "坚定不移推进产业强区", "影响深远的价值示范。", "相城经开区打造现代化一流国家级经开区")]
    public void Load_SeedArticle_StripsFurniture(string number, string title, string bodyStart, string bodyEnd, string furniture)
    {
        var article = SeedArticles.Load(number);

        Assert.Equal(title, article.Title);
        Assert.StartsWith(bodyStart, article.Body.Trim(), StringComparison.Ordinal);
        Assert.EndsWith(bodyEnd, article.Body.Trim(), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\([a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z]*\)", article.Body);
        Assert.DoesNotContain(furniture, article.Body, StringComparison.Ordinal);
    }
}

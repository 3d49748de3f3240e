using NewsSearch.Core.Tests.Articles;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Taxonomy;

// Expected tags were counted independently (a separate script applying the same rules to the
// aliases as written, without ICU folding) and read through by hand against each article, as
// cleaned by the production reader. A value mentioned once is a tag only when that mention is
// meaningful and within the lede (MentionRule): issue #17 added those, each read against its clause.
public sealed class SeedArticleTagTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private readonly FacetTagger _tagger = new(FacetVocabulary.Load(Path.Combine(SeedCorpus.CorpusRoot, "taxonomy.json")), fixture.Analyzer.Folder);

    [Theory]
    // 000: Xiangcheng's China-Japan zone; Singapore and SIP once as background (no tag), the furniture's 新加坡新闻 and 日本天皇 stripped.
    [InlineData("000", FacetDimension.Zone, "xiangcheng=43 xiangcheng-sino-japan=16 yangtze-delta=7 shanghai=5 xiangcheng-edz=4")]
    [InlineData("000", FacetDimension.Country, "japan=37")]
    // #17: robots (9) are now their own sector under smart manufacturing; new-energy vehicles roll up into automotive;
    // 中日合作教育 is one of the 8 signed projects; 生产性服务业 is one of the industries the plan says Xiangcheng suits.
    [InlineData("000", FacetDimension.Sector, "smart-manufacturing=21 robotics=9 healthcare=4 automotive=3 digital-economy=3 finance=3 new-energy-vehicles=3 e-commerce=2 industrial-internet=2 logistics=2 education-research=1 modern-services=1")]
    // 001: Traditional script; 园区 counts for SIP except in 商务园区, 产业园区, 低碳园区.
    [InlineData("001", FacetDimension.Zone, "sip=36")]
    [InlineData("001", FacetDimension.Country, "singapore=52")]
    // #17: 医疗健康 is one of the fields of cooperation listed; 凯德集团…城市更新项目 is a real-estate project under negotiation.
    [InlineData("001", FacetDimension.Sector, "trade=17 biomedicine=7 finance=7 green-low-carbon=6 digital-economy=5 headquarters-economy=3 next-gen-it=3 ai=2 logistics=2 healthcare=1 real-estate=1")]
    // 002: SND and Shanghai; 绿色技术银行 is not a bank and 自然科学基金 not a fund.
    [InlineData("002", FacetDimension.Zone, "shanghai=21 snd=17 yangtze-delta=12")]
    [InlineData("002", FacetDimension.Country, "japan=9")]
    // #17: the signed projects cover 人工智能 and 高端服务业; SND means to draw on Zhangjiang's 生物医药 大健康产业.
    [InlineData("002", FacetDimension.Sector, "next-gen-it=8 blockchain=6 green-low-carbon=6 aerospace=4 integrated-circuits=3 medical-devices=3 education-research=2 industrial-internet=2 ai=1 biomedicine=1 healthcare=1 modern-services=1")]
    // 003: SND and Shenzhen / the Greater Bay Area; 全国(首批国家级)高新区 is generic.
    // #17: 狮山商务创新区 holds the exchange meeting in Shenzhen (once, with 举行).
    [InlineData("003", FacetDimension.Zone, "snd=31 shenzhen=15 yangtze-delta=8 greater-bay-area=3 shishan=1")]
    [InlineData("003", FacetDimension.Country, "japan=2")]
    // #17: 深圳智信智能装备基地 is one of the bases unveiled (揭牌落地).
    [InlineData("003", FacetDimension.Sector, "finance=11 digital-economy=7 green-low-carbon=3 headquarters-economy=3 next-gen-it=3 education-research=2 medical-devices=2 smart-manufacturing=1")]
    // 004: 相城经开区; 国家级经开区 is generic, a bare 经开区 refers back to it.
    [InlineData("004", FacetDimension.Zone, "xiangcheng=40 xiangcheng-edz=37 yangtze-delta=2")]
    // 004 names Japan once, inside a zone's name (中日(苏州)地方发展合作示范区): part of the name, not a partner tag.
    [InlineData("004", FacetDimension.Country, "")]
    // #17: 工业机器人 maker and 机器人项目 (2); a 新能源汽车 production-line supplier's headquarters project moved in
    // (new-energy vehicles, so automotive); 现代商贸服务 is one of the named breakthrough industries.
    [InlineData("004", FacetDimension.Sector, "smart-manufacturing=6 finance=5 new-materials=5 aerospace=4 headquarters-economy=4 biomedicine=2 digital-economy=2 industrial-internet=2 robotics=2 automotive=1 modern-services=1 new-energy-vehicles=1")]
    public void Tag_SeedArticle_MatchesHandCheckedTags(string number, FacetDimension dimension, string expected)
    {
        var name = Path.GetFileNameWithoutExtension(Directory.GetFiles(SeedCorpus.CorpusRoot, number + "_*.txt").Single());
        var article = SeedCorpus.ReadSingle(name);

        var tags = _tagger.Tag(article.Title, article.Body).Of(dimension);

        Assert.Equal(expected, string.Join(' ', tags.Select(t => $"{t.Id}={t.Mentions}")));
    }
}

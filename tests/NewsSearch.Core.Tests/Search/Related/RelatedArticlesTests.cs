using NewsSearch.Core.Search.Related;
using static NewsSearch.Core.Tests.Search.SeedIndexFixture;

namespace NewsSearch.Core.Tests.Search.Related;

// 000 (Xiangcheng, opens on China and Singapore building SIP: 中国和新加坡两国政府) and 001 (SIP and
// Singapore, Traditional script: 新加坡, 兩國) share the Singapore story; 002 and 003 are both about
// Suzhou New District companies (研究院 in both).
public class RelatedArticlesTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private readonly RelatedArticles _related = new(seeds.Index, seeds.Analyzer, seeds.Service);

    // Best first; 000 holds none of the distinctive words of 003.
    [Theory]
    [InlineData(Xiangcheng2019, new[] { SipTraditional, XiangchengUndated, Snd2021June, SndGuojiShangbao })]
    [InlineData(SipTraditional, new[] { Xiangcheng2019, Snd2021June, XiangchengUndated, SndGuojiShangbao })]
    [InlineData(Snd2021June, new[] { SndGuojiShangbao, SipTraditional, XiangchengUndated, Xiangcheng2019 })]
    [InlineData(SndGuojiShangbao, new[] { SipTraditional, XiangchengUndated, Snd2021June })]
    [InlineData(XiangchengUndated, new[] { SipTraditional, Xiangcheng2019, SndGuojiShangbao, Snd2021June })]
    public void Find_AnySeed_ExcludesItselfAndExplainsEachArticleByWordsBothHold(string id, string[] expected)
    {
        var response = _related.Find(id, RelatedArticles.MaxLimit)!;

        Assert.Equal(id, response.Id);
        Assert.Equal(expected, response.Related.Select(r => r.Id));
        Assert.Equal(response.Related.OrderByDescending(r => r.Score).Select(r => r.Score), response.Related.Select(r => r.Score));
        var source = Folded(id);
        foreach (var related in response.Related)
        {
            Assert.NotEmpty(related.SharedTerms);
            Assert.True(related.Score > 0);
            var other = Folded(related.Id);
            Assert.All(related.SharedTerms, term =>
            {
                Assert.True(term.Length >= 2 && !char.IsDigit(term[0]), term);
                Assert.Contains(term, source, StringComparison.Ordinal);
                Assert.Contains(term, other, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void Find_TheTwoSingaporeArticles_AreEachOthersMostSimilar()
    {
        var from000 = _related.Find(Xiangcheng2019)!.Related[0];
        var from001 = _related.Find(SipTraditional)!.Related[0];

        Assert.Equal(SipTraditional, from000.Id);
        Assert.Contains("两国", from000.SharedTerms);
        Assert.Equal(Xiangcheng2019, from001.Id);
        Assert.Contains("新加坡", from001.SharedTerms);
        Assert.Contains("两国", from001.SharedTerms);
    }

    [Fact]
    public void Find_SuzhouNewDistrictArticle_IsMostSimilarToTheOtherOne()
    {
        var first = _related.Find(Snd2021June)!.Related[0];

        Assert.Equal(SndGuojiShangbao, first.Id);
        Assert.Contains("研究院", first.SharedTerms);
        Assert.Equal("苏州高新区抢抓国家战略机遇 积极融入长三角", first.Title);
        Assert.Equal(new DateOnly(2021, 11, 5), first.Published);
        Assert.Equal("国际商报", first.Source);
    }

    [Fact]
    public void Find_Limit_CutsTheList()
    {
        Assert.Single(_related.Find(SipTraditional, 1)!.Related);
        Assert.Equal(4, _related.Find(SipTraditional, RelatedArticles.MaxLimit)!.Related.Count);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull() => Assert.Null(_related.Find("no-such-article"));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void Validate_Limit_NamesTheParameter(int limit, bool valid)
    {
        var errors = RelatedArticles.Validate(limit);

        Assert.Equal(valid, errors.Count == 0);
        Assert.Equal(valid ? [] : ["limit"], errors.Keys);
    }

    private string Folded(string id)
    {
        var article = seeds.Index.Find(id)!;
        return seeds.Analyzer.Folder.FoldToString(article.Title + "\n" + article.Body);
    }
}

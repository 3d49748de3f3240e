using NewsSearch.Core.Analysis;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Analysis;

/// <summary>ICU's C functions called directly give exactly the words icu.net's break iterator gives.</summary>
public sealed class IcuWordSegmenterTests(AnalyzerFixture analysis) : IClassFixture<AnalyzerFixture>
{
    public static TheoryData<string> Texts =>
    [
        "",
        "苏州工业园区与新加坡合作，长三角一体化。",
        "ＡＩ与5G，LEED金奖２０２２年增长6.6%，U.S. GDP 3.5 trillion; it's e-mail",
        "東京のソフトウェア開発、カタカナとひらがな",
        "𠀀𠀁 emoji 😀 合作 \u0301 组合",
        "   \t\n",
        "2020年1月1日，苏州市相城区人民政府发布《关于促进数字经济发展的若干意见》。",
    ];

    [Fact]
    public void New_OnThisMachine_CallsIcusCFunctions()
    {
        using var segmenter = new IcuWordSegmenter();

        Assert.True(segmenter.IsNative);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Segment_Text_SameSpansAsIcuNet(string text)
    {
        using var native = new IcuWordSegmenter(native: true);
        using var icuNet = new IcuWordSegmenter(native: false);

        Assert.Equal(icuNet.Segment(text), native.Segment(text));
    }

    [Fact]
    public void Segment_SeedAndGeneratedArticles_SameSpansAsIcuNet()
    {
        using var native = new IcuWordSegmenter(native: true);
        using var icuNet = new IcuWordSegmenter(native: false);
        var articles = SeedCorpus.All().Concat(SeedCorpus.Generated(analysis.Analyzer, 60, seed: 9)).ToList();
        var texts = articles.SelectMany(a => new[] { a.Title, a.Body, analysis.Analyzer.Folder.Fold(a.Body).Text }).ToList();

        foreach (var text in texts)
        {
            Assert.Equal(icuNet.Segment(text), native.Segment(text));
        }

        Assert.True(texts.Sum(t => native.Segment(t).Count) > 10_000);
    }

    [Fact]
    public async Task Segment_ManyThreadsAtOnce_EachGetsItsOwnIterator()
    {
        using var native = new IcuWordSegmenter(native: true);
        var texts = SeedCorpus.All().Select(a => a.Body).ToList();
        var expected = texts.Select(native.Segment).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => texts.Select(native.Segment).ToList())));

        Assert.All(results, result => Assert.Equal(expected, result));
    }
}

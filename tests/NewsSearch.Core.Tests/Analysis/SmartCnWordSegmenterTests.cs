using NewsSearch.Core.Analysis;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Analysis;

public sealed class SmartCnWordSegmenterTests : IClassFixture<SmartCnAnalyzerFixture>
{
    private static readonly string[] Seeds =
    [
        "000_69931a395751e654", "001_3d349f3940e6cb6b", "002_8701b1438f67845e", "003_cff4dd02faf2c418", "004_5e5fe67579d06bab",
    ];

    private readonly Analyzer _analyzer;

    public SmartCnWordSegmenterTests(SmartCnAnalyzerFixture fixture) => _analyzer = fixture.Analyzer;

    [Fact]
    public void Segment_HanRun_KeepsNamesIcuSplits()
    {
        var words = _analyzer.Analyze("新加坡与苏州的合作，长三角一体化").Words.Select(t => t.Term);

        Assert.Equal(["新加坡", "与", "苏州", "的", "合作", "长三角", "一体化"], words);
    }

    [Fact]
    public void Analyze_TraditionalText_SegmentsTheFoldedTextWithOriginalOffsets()
    {
        var text = "蘇州工業園區";
        var analyzed = _analyzer.Analyze(text);

        Assert.Equal(["苏州", "工业", "园区"], analyzed.Words.Select(t => t.Term));
        Assert.Equal("園區", text[analyzed.Words[2].Start..analyzed.Words[2].End]);
    }

    [Fact]
    public void Analyze_MixedScripts_LatinAndNumbersAsIcuHanAsSmartCn()
    {
        var analyzed = _analyzer.Analyze("ＡＩ与5G，LEED金奖２０２２年增长6.6%");

        Assert.Equal(["ai", "与", "5g", "leed", "金奖", "2022", "年", "增长", "6.6"], analyzed.Words.Select(t => t.Term));
        Assert.Equal(["ai", "与", "5g", "leed", "金奖", "奖", "2022", "年增", "增长", "长", "6.6"], analyzed.Grams.Select(t => t.Term));
    }

    [Fact]
    public void Analyze_SingleCharacterOfAWord_StillAGramForQueries()
    {
        var analyzed = _analyzer.Analyze("新加坡");

        Assert.Equal(["新加坡"], analyzed.Words.Select(t => t.Term));
        Assert.Equal(["新加", "加坡", "坡"], analyzed.Grams.Select(t => t.Term));
    }

    [Fact]
    public void Analyze_PunctuationAndSpaces_ProduceNoTokens()
    {
        var analyzed = _analyzer.Analyze("“”（）,。!? \t\n—…");

        Assert.Empty(analyzed.Words);
        Assert.Empty(analyzed.Grams);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Segment_SeedBody_EveryHanCharacterInExactlyOneOrderedWord(string seed)
    {
        var folded = _analyzer.Folder.FoldToString(SeedCorpus.ReadSingle(seed).Body);
        using var segmenter = new SmartCnWordSegmenter();

        var spans = segmenter.Segment(folded);

        var covered = new int[folded.Length];
        var previousEnd = 0;
        foreach (var (start, end) in spans)
        {
            Assert.True(start >= previousEnd && end > start && end <= folded.Length, $"span ({start},{end}) after {previousEnd}");
            previousEnd = end;
            for (var i = start; i < end; i++)
            {
                covered[i]++;
            }
        }

        var missed = Enumerable.Range(0, folded.Length).Where(i => CharClass.IsHan(folded[i]) && covered[i] != 1).ToList();
        Assert.True(missed.Count == 0, $"Han characters outside exactly one word at {string.Join(", ", missed.Take(10))}");
    }

    [Fact]
    public void Segment_ManyThreadsAtOnce_SameWordsAsOneThread()
    {
        var texts = Seeds.Select(s => _analyzer.Folder.FoldToString(SeedCorpus.ReadSingle(s).Body)).ToArray();
        using var segmenter = new SmartCnWordSegmenter();
        var expected = texts.Select(segmenter.Segment).ToArray();

        var results = new List<(int, int)>[texts.Length * 8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = segmenter.Segment(texts[i % texts.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Create_UnknownName_NamesTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => WordSegmenters.Create("jieba"));

        Assert.Contains("smartcn or icu", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smartcn", "smartcn")]
    [InlineData("ICU", "icu")]
    public void Create_KnownName_AnalyzerReportsIt(string name, string expected)
    {
        using var analyzer = new Analyzer(WordSegmenters.Create(name));

        Assert.Equal(expected, analyzer.Segmenter);
    }

    public static TheoryData<string> SeedNames() => [.. Seeds];
}

public sealed class SmartCnAnalyzerFixture : IDisposable
{
    public Analyzer Analyzer { get; } = new(new SmartCnWordSegmenter());

    public void Dispose() => Analyzer.Dispose();
}

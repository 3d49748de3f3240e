using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Tests.Analysis;

public sealed class AnalyzerTests : IClassFixture<AnalyzerFixture>
{
    private readonly Analyzer _analyzer;

    public AnalyzerTests(AnalyzerFixture fixture) => _analyzer = fixture.Analyzer;

    [Fact]
    public void Analyze_SimplifiedText_SegmentsDictionaryWords()
    {
        var words = _analyzer.Analyze("苏州工业园区成立于1994年").Words.Select(t => t.Term);

        Assert.Equal(["苏州", "工业", "园区", "成立", "于", "1994", "年"], words);
    }

    [Fact]
    public void Analyze_TraditionalText_FoldsToSimplifiedWithOriginalOffsets()
    {
        var text = "蘇州工業園區";
        var analyzed = _analyzer.Analyze(text);

        Assert.Equal(["苏州", "工业", "园区"], analyzed.Words.Select(t => t.Term));
        Assert.Equal("園區", text[analyzed.Words[2].Start..analyzed.Words[2].End]);
    }

    [Fact]
    public void Analyze_HanRun_EmitsBigramsAndFinalUnigram()
    {
        var grams = _analyzer.Analyze("中新合作").Grams.Select(t => t.Term);

        Assert.Equal(["中新", "新合", "合作", "作"], grams);
    }

    [Fact]
    public void Analyze_FullWidthLatinAndNumbers_FoldToLowerCaseTokens()
    {
        var analyzed = _analyzer.Analyze("ＡＩ与5G，LEED金奖２０２２年增长6.6%");

        Assert.Equal(["ai", "与", "5g", "leed", "金", "奖", "2022", "年", "增长", "6.6"], analyzed.Words.Select(t => t.Term));
        Assert.Equal(["ai", "与", "5g", "leed", "金奖", "奖", "2022", "年增", "增长", "长", "6.6"], analyzed.Grams.Select(t => t.Term));
    }

    [Fact]
    public void Analyze_PunctuationAndSpaces_ProduceNoTokens()
    {
        var analyzed = _analyzer.Analyze("“”（）,。!? \t\n—…");

        Assert.Empty(analyzed.Words);
        Assert.Empty(analyzed.Grams);
    }

    [Fact]
    public void Analyze_GramOffsets_PointIntoOriginalText()
    {
        var text = "見證　中日合作";
        var analyzed = _analyzer.Analyze(text);

        Assert.All(analyzed.Grams, g => Assert.Equal(g.Term, _analyzer.Folder.FoldToString(text[g.Start..g.End])));
    }

    // Words in sequence in the index are characters in sequence in the text: where a Han run breaks
    // between two Han words a position is left out; Latin words and numbers keep their order as the grams do.
    [Theory]
    [InlineData("苏州工业园区", "苏州 工业 园区")]
    [InlineData("苏州，工业园区", "苏州  工业 园区")]
    [InlineData("苏州 工业园区", "苏州  工业 园区")]
    [InlineData("苏州5G工业", "苏州 5g 工业")]
    [InlineData("AI, 5G", "ai 5g")]
    [InlineData("苏州, AI", "苏州 ai")]
    public void IndexTerms_BreakInAHanRunBetweenWords_LeavesAPositionOut(string text, string words)
    {
        Assert.Equal(words, _analyzer.IndexTerms(text).Words);
    }

    [Theory]
    [InlineData("苏州工业园区成立于1994年,中新合作的AI与5G产业")]
    [InlineData("蘇州工業園區 ＬＥＥＤ金獎 1,000家 don't 6.6%")]
    [InlineData("园")]
    [InlineData("abc")]
    [InlineData("…㈱😀\u0000")]
    public void IndexTerms_AnyText_SameTermsAsAnalyze(string text)
    {
        var analyzed = _analyzer.Analyze(text);

        var columns = _analyzer.IndexTerms(text);

        // A left-out position (a break in a Han run between two words) is a second space.
        var words = string.Concat(analyzed.Words.Select((t, i) => i == 0 ? t.Term
            : new string(' ', analyzed.WordPositions[i] - analyzed.WordPositions[i - 1]) + t.Term));
        Assert.Equal(words, columns.Words);
        Assert.Equal(string.Join(' ', analyzed.Grams.Select(t => t.Term)), columns.Grams);
    }
}

public sealed class AnalyzerFixture : IDisposable
{
    public Analyzer Analyzer { get; } = new();

    public void Dispose() => Analyzer.Dispose();
}

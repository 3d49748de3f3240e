using NewsSearch.Core.Search;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Search;

public sealed class QueryParserTests : IClassFixture<AnalyzerFixture>
{
    private readonly QueryParser _parser;

    public QueryParserTests(AnalyzerFixture fixture) => _parser = new QueryParser(fixture.Analyzer);

    [Theory]
    [InlineData("苏州 新加坡", "苏州 AND 新加坡")]
    [InlineData("苏州 AND 新加坡", "苏州 AND 新加坡")]
    [InlineData("+苏州 +新加坡", "苏州 AND 新加坡")]
    [InlineData("苏州 新加坡 OR 日本", "苏州 AND (新加坡 OR 日本)")]
    [InlineData("苏州 -日本", "苏州 AND NOT 日本")]
    [InlineData("苏州 NOT 日本", "苏州 AND NOT 日本")]
    [InlineData("(新加坡 OR 日本) 园区", "(新加坡 OR 日本) AND 园区")]
    [InlineData("\"中新合作\"", "\"中新合作\"")]
    [InlineData("title:苏州", "title:苏州")]
    [InlineData("source:国际商报", "source:国际商报")]
    [InlineData("tech*", "tech*")]
    [InlineData("蘇州工業園區", "苏州工业园区")]
    [InlineData("“中新 合作”", "\"中新合作\"")]
    [InlineData("5G 产业", "5g AND 产业")]
    [InlineData("ＡＩ", "ai")]
    public void Parse_QueryLanguage_DisplaysWhatWasUnderstood(string query, string display)
    {
        Assert.Equal(display, _parser.Parse(query).Display);
    }

    [Theory]
    [InlineData("\"unbalanced", "\"unbalanced\"")]
    [InlineData("(苏州 新加坡", "苏州 AND 新加坡")]
    [InlineData("苏州) 新加坡", "苏州 AND 新加坡")]
    [InlineData("苏州 OR", "苏州")]
    [InlineData("苏州 AND", "苏州")]
    [InlineData("苏州 NOT", "苏州")]
    [InlineData("OR 苏州", "苏州")]
    [InlineData("AND 苏州", "苏州")]
    [InlineData("(新加坡 OR", "新加坡")]
    [InlineData("(新加坡 OR) 日本", "新加坡 AND 日本")]
    [InlineData("新加坡 (OR 日本)", "新加坡 AND 日本")]
    [InlineData("新加坡 OR OR 日本", "新加坡 OR 日本")]
    [InlineData("新加坡 AND AND 日本", "新加坡 AND 日本")]
    [InlineData("新加坡 NOT NOT 日本", "新加坡 AND NOT NOT 日本")]
    [InlineData("苏州 NEAR/3 新加坡", "苏州 AND near 3 AND 新加坡")]
    [InlineData("\"a\" * ^ : { } [ ] ' ; --", "\"a\"")]
    [InlineData("'; DROP TABLE article; --", "drop AND table AND article")]
    public void Parse_MalformedSyntax_DropsDanglingOperatorsAndReadsTheRestAsWords(string query, string display)
    {
        Assert.Equal(display, _parser.Parse(query).Display);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！")]
    [InlineData("()")]
    [InlineData("\"\"")]
    [InlineData("\u0000\u0001")]
    [InlineData("AND")]
    [InlineData("AND OR NOT")]
    [InlineData("( OR )")]
    public void Parse_NothingToSearch_Browses(string query)
    {
        Assert.True(_parser.Parse(query).IsBrowse);
    }

    [Fact]
    public void Parse_CjkRun_MustAppearTogetherWhateverTheSegmentation()
    {
        var phrase = Assert.IsType<PhraseClause>(_parser.Parse("工业园区").Root);

        Assert.Equal(["工业", "园区"], phrase.Words);
        Assert.Equal(["工业", "业园", "园区"], phrase.Grams);
        Assert.False(phrase.Prefix);
    }

    [Fact]
    public void Parse_SpaceSeparatedWords_AreEachRequired()
    {
        var all = Assert.IsType<AllClause>(_parser.Parse("苏州 新加坡").Root);

        Assert.Equal(["苏州", "新加坡"], all.Clauses.Cast<WordClause>().Select(w => w.Word));
    }

    [Fact]
    public void Parse_SingleCharacter_IsAGramPrefix()
    {
        var word = Assert.IsType<WordClause>(_parser.Parse("园").Root);

        Assert.Equal(["园"], word.Grams);
        Assert.True(word.Prefix);
    }

    [Fact]
    public void Parse_NegatedWords_AreNotHighlighted()
    {
        var parsed = _parser.Parse("新加坡 -日本");

        Assert.Contains("新加坡", parsed.Highlights);
        Assert.DoesNotContain("日本", parsed.Highlights);
    }

    [Fact]
    public void Parse_DeepNesting_DoesNotFail()
    {
        var parsed = _parser.Parse(new string('(', 500) + "苏州" + new string(')', 500));

        Assert.Contains("苏州", parsed.Display);
    }
}

using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Taxonomy;

public sealed class FacetTaggerTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private const string Json = """
        {
          "zones": [
            { "id": "sip", "zh": "苏州工业园区", "en": "SIP",
              "aliases": ["中新苏州工业园区", { "text": "园区", "contextual": true, "except": ["产业园区"] }] },
            { "id": "dushu-lake", "zh": "独墅湖科教创新区", "en": "Dushu Lake", "parent": "sip" },
            { "id": "xiangcheng", "zh": "相城区", "en": "Xiangcheng", "aliases": ["相城"] },
            { "id": "xiangcheng-edz", "zh": "相城经济技术开发区", "en": "Xiangcheng EDZ", "parent": "xiangcheng",
              "aliases": ["相城经开区", { "text": "经开区", "contextual": true }] },
            { "id": "snd", "zh": "蘇州高新區", "en": "SND" }
          ],
          "countries": [
            { "id": "singapore", "zh": "新加坡", "en": "Singapore",
              "aliases": [{ "text": "中新", "except": ["其中新", "中新网"] }] },
            { "id": "japan", "zh": "日本", "en": "Japan", "aliases": [{ "text": "中日", "except": ["其中日"] }] }
          ],
          "sectors": [
            { "id": "ai", "zh": "人工智能", "en": "AI", "aliases": ["AI"] },
            { "id": "next-gen-it", "zh": "新一代信息技术", "en": "IT", "aliases": ["5G"] }
          ]
        }
        """;

    private readonly FacetTagger _tagger = new(FacetVocabulary.Parse(Json), fixture.Analyzer.Folder, minimumMentions: 1);

    private IEnumerable<string> Tags(FacetDimension dimension, string body) =>
        _tagger.Tag("", body).Of(dimension).Select(t => $"{t.Id}={t.Mentions}");

    [Fact]
    public void Tag_LongAliasContainsShortOne_CountsLongestOnly() =>
        Assert.Equal(["sip=1"], Tags(FacetDimension.Zone, "苏州工业园区成立于1994年"));

    [Fact]
    public void Tag_ChildAliasStartsWithParentAlias_CountsChildAndRollsUp() =>
        Assert.Equal(["xiangcheng=1", "xiangcheng-edz=1"], Tags(FacetDimension.Zone, "相城经开区"));

    [Fact]
    public void Tag_ParentAndChildMentioned_ParentAddsChildMentions() =>
        Assert.Equal(["xiangcheng=3", "xiangcheng-edz=1"], Tags(FacetDimension.Zone, "相城区、相城与相城经济技术开发区"));

    [Fact]
    public void Tag_OnlyChildMentioned_ParentStillTagged() =>
        Assert.Equal(["dushu-lake=1", "sip=1"], Tags(FacetDimension.Zone, "独墅湖科教创新区"));

    [Fact]
    public void Tag_ExceptStringAroundAlias_SuppressesMatch() =>
        Assert.Empty(Tags(FacetDimension.Country, "其中新增企业12家,据中新网报道,其中日资企业3家"));

    [Fact]
    public void Tag_ExceptSuppressesPrefix_LaterAliasStillMatches() =>
        Assert.Equal(["singapore=1"], Tags(FacetDimension.Country, "其中新加坡企业5家"));

    [Fact]
    public void Tag_ContextualAliasAlone_NotTagged() =>
        Assert.Empty(Tags(FacetDimension.Zone, "园区企业与经开区企业"));

    [Fact]
    public void Tag_ContextualAliasWithUnambiguousMention_CountsBoth() =>
        Assert.Equal(["sip=3"], Tags(FacetDimension.Zone, "苏州工业园区发布规划,园区企业……园区"));

    [Fact]
    public void Tag_ContextualAliasInsideExcept_NotCounted() =>
        Assert.Equal(["sip=1"], Tags(FacetDimension.Zone, "苏州工业园区的产业园区"));

    [Fact]
    public void Tag_ContextualAliasOfParentWithChildMentioned_Counts() =>
        Assert.Equal(["sip=2", "dushu-lake=1"], Tags(FacetDimension.Zone, "独墅湖科教创新区位于园区"));

    [Fact]
    public void Tag_ContextualChildAliasWithChildMentioned_RollsUp() =>
        Assert.Equal(["xiangcheng=2", "xiangcheng-edz=2"], Tags(FacetDimension.Zone, "相城经开区是最年轻的经开区"));

    [Fact]
    public void Tag_TraditionalText_MatchesSimplifiedAliases()
    {
        var tags = _tagger.Tag("中新蘇州工業園區", "蘇州工業園區與新加坡");

        Assert.Equal([new Tag("sip", 2)], tags.Zones);
        Assert.Equal([new Tag("singapore", 2)], tags.Countries);
    }

    [Fact]
    public void Tag_SimplifiedText_MatchesTraditionalAlias() =>
        Assert.Equal(["snd=1"], Tags(FacetDimension.Zone, "苏州高新区"));

    [Theory]
    [InlineData("AI赋能", 1)]
    [InlineData("ＡＩ与5G", 1)]
    [InlineData("(ai)", 1)]
    [InlineData("AIOT平台", 0)]
    [InlineData("OpenAI发布", 0)]
    [InlineData("SAID", 0)]
    [InlineData("AI2", 0)]
    public void Tag_LatinAlias_MatchesOnlyAsWholeWord(string text, int expected) =>
        Assert.Equal(expected, _tagger.Tag("", text).Sectors.FirstOrDefault(t => t.Id == "ai")?.Mentions ?? 0);

    [Fact]
    public void Tag_DimensionsMatchIndependently_SamePhraseTagsZoneAndCountry()
    {
        var tags = _tagger.Tag("", "中新苏州工业园区");

        Assert.Equal([new Tag("sip", 1)], tags.Zones);
        Assert.Equal([new Tag("singapore", 1)], tags.Countries);
    }

    [Fact]
    public void Tag_SeveralValues_OrderedByMentionsThenId() =>
        Assert.Equal(["japan=2", "singapore=2"], Tags(FacetDimension.Country, "新加坡、日本、中日、中新"));

    [Fact]
    public void Tag_TitleAndBody_BothCounted() =>
        Assert.Equal([new Tag("ai", 2)], _tagger.Tag("人工智能", "AI").Sectors);

    [Fact]
    public void Tag_NoMentions_ReturnsEmptyLists()
    {
        var tags = _tagger.Tag("", "今天天气很好");

        Assert.Empty(tags.Zones);
        Assert.Empty(tags.Countries);
        Assert.Empty(tags.Sectors);
    }

    [Theory]
    [InlineData("苏州工业园区增长130.7%……园区")]
    [InlineData("😀苏州工业园区\0园区")]
    [InlineData("㈱苏州工业园区ﬁ园区")]
    public void Tag_CharactersThatDoNotFoldToOne_SameTagsAsPlainText(string text) =>
        Assert.Equal(["sip=2"], Tags(FacetDimension.Zone, text));

    [Fact]
    public void Tag_TextThatOutgrowsTheFoldBuffer_StillTagged() =>
        Assert.Equal(["sip=2"], Tags(FacetDimension.Zone, new string('…', 5000) + "苏州工业园区" + new string('…', 5000) + "园区"));

    [Fact]
    public void Constructor_AliasOfTwoValuesOnceFolded_Throws()
    {
        var json = """
            { "zones": [{ "id": "a", "zh": "苏州", "en": "A" }, { "id": "b", "zh": "蘇州", "en": "B" }],
              "countries": [], "sectors": [] }
            """;

        var error = Assert.Throws<FacetVocabularyException>(() => new FacetTagger(FacetVocabulary.Parse(json), fixture.Analyzer.Folder));

        Assert.Contains("zone value 'b': alias '蘇州' is also an alias of 'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TraditionalTwinDecisiveOnlyOnce_Throws()
    {
        var json = """
            { "zones": [], "sectors": [],
              "countries": [{ "id": "taiwan", "zh": "台湾", "en": "Taiwan", "aliases": [{ "text": "台商", "decisive": true }, "臺商"] }] }
            """;

        var error = Assert.Throws<FacetVocabularyException>(() => new FacetTagger(FacetVocabulary.Parse(json), fixture.Analyzer.Folder));

        Assert.Contains("country value 'taiwan': alias '臺商' is both decisive and not once folded", error.Message, StringComparison.Ordinal);
    }

}

using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Taxonomy;

public sealed class FacetVocabularyTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private static string Vocabulary(string zones = "", string countries = "", string sectors = "") =>
        $$"""{ "zones": [{{zones}}], "countries": [{{countries}}], "sectors": [{{sectors}}] }""";

    [Fact]
    public void Parse_ValidJson_ReadsValuesAliasesAndRules()
    {
        var vocabulary = FacetVocabulary.Parse(Vocabulary(
            zones: """
                { "id": "sip", "zh": "苏州工业园区", "en": "Suzhou Industrial Park",
                  "aliases": ["蘇州工業園區", { "text": "园区", "contextual": true, "except": ["产业园区"] }] },
                { "id": "dushu-lake", "zh": "独墅湖科教创新区", "en": "Dushu Lake", "parent": "sip" }
                """,
            countries: """{ "id": "germany", "zh": "德国", "en": "Germany", "aliases": [{ "text": "德资", "decisive": true }] }"""));

        var sip = vocabulary.Find(FacetDimension.Zone, "sip");
        Assert.NotNull(sip);
        Assert.Equal(("苏州工业园区", "Suzhou Industrial Park", null), (sip.Chinese, sip.English, sip.ParentId));
        Assert.Equal(new FacetAlias("蘇州工業園區"), sip.Aliases[0]);
        Assert.True(sip.Aliases[1].Contextual);
        Assert.Equal(["产业园区"], sip.Aliases[1].Except);
        Assert.False(sip.Aliases[1].Decisive);
        var decisive = vocabulary.Find(FacetDimension.Country, "germany")!.Aliases.Single();
        Assert.Equal(("德资", false, true), (decisive.Text, decisive.Contextual, decisive.Decisive));
        Assert.Equal("sip", vocabulary.Find(FacetDimension.Zone, "dushu-lake")?.ParentId);
        Assert.Equal(["sip", "dushu-lake"], vocabulary.Values(FacetDimension.Zone).Select(v => v.Id));
        Assert.Empty(vocabulary.Values(FacetDimension.Sector));
        Assert.Null(vocabulary.Find(FacetDimension.Country, "sip"));
    }

    [Theory]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A" }, { "id": "sip", "zh": "b", "en": "B" }""", "zone value 'sip': duplicate id")]
    [InlineData("""{ "id": "sip", "en": "A" }""", "zones[0] ('sip'): field 'zh' is missing")]
    [InlineData("""{ "zh": "a", "en": "A" }""", "zones[0]: field 'id' is missing")]
    [InlineData("""{ "id": "SIP", "zh": "a", "en": "A" }""", "zones[0] ('SIP'): field 'id' must be lower-case")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": 3 }""", "zones[0] ('sip'): field 'en' must be a string")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A", "alias": [] }""", "zones[0] ('sip'): unknown field 'alias'")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A", "aliases": [7] }""", "zones[0] ('sip'): aliases[0]: an alias must be")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A", "aliases": [{ "text": "园区", "contextaul": true }] }""", "aliases[0]: unknown field 'contextaul'")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A", "aliases": [{ "text": "园区", "contextual": "yes" }] }""", "aliases[0] ('园区'): field 'contextual' must be true or false")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A", "aliases": [{ "text": "中新", "except": ["新加坡"] }] }""", "aliases[0] ('中新'): field 'except' entry '新加坡' must be a longer string")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A", "aliases": [{ "text": "德资", "decisive": 1 }] }""", "aliases[0] ('德资'): field 'decisive' must be true or false")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A", "aliases": [{ "text": "园区", "contextual": true, "decisive": true }] }""", "aliases[0] ('园区'): an alias cannot be both 'contextual' and 'decisive'")]
    [InlineData("""{ "id": "sip", "zh": "a", "en": "A", "aliases": [""] }""", "zones[0] ('sip'): aliases[0]: must not be empty")]
    [InlineData("""{ "id": "child", "zh": "a", "en": "A", "parent": "nowhere" }""", "zone value 'child': field 'parent' names unknown id 'nowhere'")]
    [InlineData("""{ "id": "a", "zh": "a", "en": "A", "parent": "b" }, { "id": "b", "zh": "b", "en": "B", "parent": "a" }""", "field 'parent' makes a cycle")]
    public void Parse_MalformedValue_ThrowsNamingValueAndField(string zones, string expected)
    {
        var error = Assert.Throws<FacetVocabularyException>(() => FacetVocabulary.Parse(Vocabulary(zones)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "zones": [], "countries": [] }""", "'sectors' is missing or not an array")]
    [InlineData("""[]""", "the root must be an object")]
    [InlineData("{ \"zones\": [\n  { \"id\": \"sip\", }\n] }", "not valid JSON (line 2)")]
    public void Parse_MalformedDocument_ThrowsSayingWhere(string json, string expected)
    {
        var error = Assert.Throws<FacetVocabularyException>(() => FacetVocabulary.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zone", FacetDimension.Zone)]
    [InlineData("Countries", FacetDimension.Country)]
    [InlineData("SECTOR", FacetDimension.Sector)]
    public void TryParseDimension_KnownName_ReturnsDimension(string name, FacetDimension expected)
    {
        Assert.True(FacetVocabulary.TryParseDimension(name, out var dimension));
        Assert.Equal(expected, dimension);
    }

    [Theory]
    [InlineData("industry")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseDimension_UnknownName_ReturnsFalse(string? name) =>
        Assert.False(FacetVocabulary.TryParseDimension(name, out _));

    [Fact]
    public void Load_CorpusTaxonomy_IsValidAndCompiles()
    {
        var vocabulary = FacetVocabulary.Load(Path.Combine(NewsSearch.Core.Tests.Articles.SeedCorpus.CorpusRoot, "taxonomy.json"));
        _ = new FacetTagger(vocabulary, fixture.Analyzer.Folder);

        Assert.Equal("sip", vocabulary.Find(FacetDimension.Zone, "dushu-lake")?.ParentId);
        Assert.Equal("xiangcheng", vocabulary.Find(FacetDimension.Zone, "xiangcheng-edz")?.ParentId);
        Assert.Contains(vocabulary.Values(FacetDimension.Country), v => v.Id == "japan");
        // Partner economies, not only states, with neutral labels (the facet id stays country).
        Assert.Equal(
            [("台湾", "Taiwan"), ("香港", "Hong Kong"), ("澳门", "Macau")],
            new[] { "taiwan", "hong-kong", "macau" }.Select(id => vocabulary.Find(FacetDimension.Country, id)).Select(v => (v!.Chinese, v.English)));
        Assert.Equal(34, vocabulary.Values(FacetDimension.Sector).Count);
        Assert.Equal("automotive", vocabulary.Find(FacetDimension.Sector, "auto-parts")?.ParentId);
        Assert.Equal("automotive", vocabulary.Find(FacetDimension.Sector, "new-energy-vehicles")?.ParentId);
        Assert.True(vocabulary.Find(FacetDimension.Country, "taiwan")!.Aliases.Single(a => a.Text == "台商").Decisive);
    }

    [Fact]
    public void Load_MalformedFile_ThrowsNamingThePath()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Vocabulary("""{ "id": "sip", "zh": "a" }"""));

            var error = Assert.Throws<FacetVocabularyException>(() => FacetVocabulary.Load(path));

            Assert.StartsWith(path + ": zones[0] ('sip'): field 'en' is missing", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

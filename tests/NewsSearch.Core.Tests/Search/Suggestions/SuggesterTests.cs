using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Suggestions;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Tests.Search.Suggestions;

// Zone tags of the seeds: snd 002 003, xiangcheng and xiangcheng-edz 000 004, sip 001,
// xiangcheng-sino-japan 000; suzhou-science-city none (so never suggested). 苏州 is a title word of 000, 002, 003.
public class SuggesterTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private readonly Suggester _suggester = new(seeds.Index, seeds.Analyzer, FacetVocabulary.Default, seeds.Service);

    [Fact]
    public void Suggest_Simplified_CompletesZonesByAnyNameThenTitleWords()
    {
        Assert.Equal(
        [
            new("苏州高新区", SuggestionKind.Zone, "snd", 2),
            new("苏州市相城区", SuggestionKind.Zone, "xiangcheng", 2),
            new("苏州相城经济技术开发区", SuggestionKind.Zone, "xiangcheng-edz", 2),
            new("苏州工业园区", SuggestionKind.Zone, "sip", 1),
            new("苏州(相城)中日智能制造协同创新区", SuggestionKind.Zone, "xiangcheng-sino-japan", 1),
            new Suggestion("苏州", SuggestionKind.Word, null, 3),
        ], _suggester.Suggest("苏州").Suggestions);
    }

    [Fact]
    public void Suggest_Traditional_FindsTheSameValuesShownInTraditional()
    {
        var response = _suggester.Suggest("蘇州");

        Assert.Equal("蘇州", response.Prefix);
        Assert.Equal(
            ["蘇州高新區", "蘇州市相城區", "蘇州相城經濟技術開發區", "蘇州工業園區", "蘇州(相城)中日智能製造協同創新區", "蘇州"],
            response.Suggestions.Select(s => s.Text));
        Assert.Equal(
            _suggester.Suggest("苏州").Suggestions.Select(s => (s.Kind, s.Value, s.Count)),
            response.Suggestions.Select(s => (s.Kind, s.Value, s.Count)));
    }

    [Theory]
    [InlineData("Sing")]
    [InlineData("sing")]
    [InlineData("ＳＩＮＧ")]
    public void Suggest_English_CompletesTheEnglishLabel(string prefix) =>
        Assert.Equal([new Suggestion("Singapore", SuggestionKind.Country, "singapore", 1)], _suggester.Suggest(prefix).Suggestions);

    [Fact]
    public void Suggest_LatinAlias_ShowsTheEnglishLabelWithTheAlias() =>
        Assert.Equal(
            [new Suggestion("Next-generation IT, software and 5G (aiot)", SuggestionKind.Sector, "next-gen-it", 3),
             new Suggestion("Artificial intelligence (ai)", SuggestionKind.Sector, "ai", 2)],
            _suggester.Suggest("ai").Suggestions);

    [Fact]
    public void Suggest_FacetCounts_EqualTheBrowseFacetCounts()
    {
        var facets = seeds.Search(null).Facets.Zone.ToDictionary(f => f.Value, f => f.Count);

        Assert.All(_suggester.Suggest("苏州").Suggestions.Where(s => s.Kind == SuggestionKind.Zone),
            s => Assert.Equal(facets[s.Value!], s.Count));
    }

    [Fact]
    public void Suggest_Limit_KeepsFacetsFirst() =>
        Assert.Equal(["snd", "xiangcheng"], _suggester.Suggest("苏州", 2).Suggestions.Select(s => s.Value));

    [Theory]
    [InlineData("园区")]
    [InlineData("\"苏州")]
    [InlineData("zzzz")]
    public void Suggest_ContextualAliasOrNoMatch_SuggestsNothingWrong(string prefix) =>
        Assert.DoesNotContain(_suggester.Suggest(prefix).Suggestions, s => s.Kind != SuggestionKind.Word);

    [Theory]
    [InlineData("", 8, "prefix")]
    [InlineData("   ", 8, "prefix")]
    [InlineData("苏", 0, "limit")]
    [InlineData("苏", 21, "limit")]
    public void Validate_BadInput_NamesTheParameter(string prefix, int limit, string parameter) =>
        Assert.Equal([parameter], Suggester.Validate(prefix, limit).Keys);

    [Fact]
    public void Validate_PrefixOverTheLimit_IsRefused()
    {
        Assert.Empty(Suggester.Validate(new string('苏', Suggester.MaxPrefixLength), 8));
        Assert.Equal(["prefix"], Suggester.Validate(new string('苏', Suggester.MaxPrefixLength + 1), 8).Keys);
    }
}

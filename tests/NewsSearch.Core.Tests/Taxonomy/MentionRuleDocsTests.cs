using System.Globalization;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Taxonomy;

// The README says exactly what counts as a meaningful mention: every word of the rule is named there.
public sealed class MentionRuleDocsTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private static readonly string Section = ReadSection();

    public static TheoryData<FacetDimension> Dimensions => [.. Enum.GetValues<FacetDimension>()];

    [Theory]
    [MemberData(nameof(Dimensions))]
    public void Readme_NamesEveryCueAndPassingWord(FacetDimension dimension)
    {
        var missing = MentionRule.CueWords(dimension).Concat(MentionRule.PassingWords(dimension))
            .Where(word => !Section.Contains(word, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, $"README does not name the {dimension} words {string.Join(' ', missing)}");
    }

    [Fact]
    public void Readme_NamesTheLedeLength() =>
        Assert.Contains(MentionRule.LedeLength.ToString("N0", CultureInfo.InvariantCulture) + " characters", Section, StringComparison.Ordinal);

    // The README's own examples, as it states them.
    [Theory]
    [InlineData("中新社苏州5月6日电", "", "")]
    [InlineData("与新加坡相比", "", "")]
    [InlineData("产品远销美国、德国", "", "")]
    [InlineData("一家英国药企日前在苏州工业园区签约", "sip", "united-kingdom")]
    [InlineData("太仓新增一家德资企业", "taicang", "germany")]
    public void Readme_ExamplesTagAsItSays(string text, string zones, string countries)
    {
        Assert.Contains(text, Section, StringComparison.Ordinal);
        var tags = new FacetTagger(FacetVocabulary.Default, fixture.Analyzer.Folder).Tag("", text);

        Assert.Equal((zones, countries), (string.Join(' ', tags.Zones.Select(t => t.Id)), string.Join(' ', tags.Countries.Select(t => t.Id))));
    }

    private static string ReadSection()
    {
        var readme = File.ReadAllText(Path.Combine(SeedCorpus.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("## Facets: what an article is tagged with", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return readme[start..end];
    }
}

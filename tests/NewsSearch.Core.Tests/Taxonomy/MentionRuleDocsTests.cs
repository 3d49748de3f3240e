using System.Globalization;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Taxonomy;

// The README says exactly what counts as a meaningful mention: every word of the rule is named there.
public sealed class MentionRuleDocsTests
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

    private static string ReadSection()
    {
        var readme = File.ReadAllText(Path.Combine(SeedCorpus.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("## Facets: what an article is tagged with", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return readme[start..end];
    }
}

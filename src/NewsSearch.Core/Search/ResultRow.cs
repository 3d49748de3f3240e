using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Search;

/// <summary>One article of a whole result set: a <see cref="SearchHit"/> without the snippet.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Source">Publishing outlet, or empty.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Zones">Zone ids, most mentioned first.</param>
/// <param name="Countries">Partner country ids, most mentioned first.</param>
/// <param name="Sectors">Sector ids, most mentioned first.</param>
/// <param name="Score">Relevance score, rounded as in search hits (0 when browsing).</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading taken from its text (see <paramref name="HeadingDerived"/>).</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> comes from the body because the source gave no title: show it marked as such, never as the title.</param>
public sealed record ResultRow(
    string Id,
    string Title,
    DateOnly? Published,
    string Source,
    string? Url,
    IReadOnlyList<string> Zones,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Sectors,
    double Score,
    string Heading,
    bool HeadingDerived)
{
    internal static ResultRow From(Article article, double score) => From(article, score, ArticleHeading.Of(article));

    private static ResultRow From(Article article, double score, ArticleHeading heading) => new(
        article.Id,
        article.Title,
        article.Published,
        article.Source,
        article.Url,
        article.Tags.Zones.Select(t => t.Id).ToList(),
        article.Tags.Countries.Select(t => t.Id).ToList(),
        article.Tags.Sectors.Select(t => t.Id).ToList(),
        Math.Round(score, 4),
        heading.Text,
        heading.Derived);
}

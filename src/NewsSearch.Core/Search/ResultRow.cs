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
public sealed record ResultRow(
    string Id,
    string Title,
    DateOnly? Published,
    string Source,
    string? Url,
    IReadOnlyList<string> Zones,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Sectors,
    double Score)
{
    internal static ResultRow From(Article article, double score) => new(
        article.Id,
        article.Title,
        article.Published,
        article.Source,
        article.Url,
        article.Tags.Zones.Select(t => t.Id).ToList(),
        article.Tags.Countries.Select(t => t.Id).ToList(),
        article.Tags.Sectors.Select(t => t.Id).ToList(),
        Math.Round(score, 4));
}

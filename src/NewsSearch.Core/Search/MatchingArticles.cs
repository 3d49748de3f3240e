using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>The articles matching a request, as slots of the catalog they were matched against.</summary>
/// <param name="Catalog">The catalog the slots index into.</param>
/// <param name="Slots">One slot per matching article.</param>
/// <param name="Query">The query as understood.</param>
public sealed record MatchingArticles(ArticleCatalog Catalog, IReadOnlyList<int> Slots, string Query);

namespace NewsSearch.Client.Concordance;

/// <summary>A page of a concordance (keyword in context) with its totals.</summary>
/// <param name="Query">The query as the service understood it.</param>
/// <param name="Total">Occurrences in all matching articles.</param>
/// <param name="Articles">Matching articles holding at least one occurrence.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Lines per page.</param>
/// <param name="Width">Characters of context on each side.</param>
/// <param name="Sort">The line order.</param>
/// <param name="Lines">The page of lines.</param>
public sealed record ConcordancePage(
    string Query, int Total, int Articles, int Page, int PageSize, int Width, ConcordanceSort Sort, IReadOnlyList<ConcordanceLine> Lines);

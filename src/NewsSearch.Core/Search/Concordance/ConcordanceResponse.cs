namespace NewsSearch.Core.Search.Concordance;

/// <summary>A page of concordance lines with the totals.</summary>
/// <param name="Query">The query as understood.</param>
/// <param name="Total">Occurrences in all matching articles.</param>
/// <param name="Articles">Matching articles holding at least one occurrence.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Lines per page.</param>
/// <param name="Width">Characters of context on each side.</param>
/// <param name="Sort">The line order: date, left or right.</param>
/// <param name="Lines">The page of lines.</param>
public sealed record ConcordanceResponse(
    string Query, int Total, int Articles, int Page, int PageSize, int Width, string Sort, IReadOnlyList<ConcordanceLine> Lines);

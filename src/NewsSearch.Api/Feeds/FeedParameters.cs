using NewsSearch.Core.Search;

namespace NewsSearch.Api.Feeds;

/// <summary>
/// The query string of <c>GET /api/v1/search/feed</c>: the matching articles of a search (its query,
/// filters and reprint collapsing); the order is always newest first and the page the first
/// <see cref="AtomFeed.MaxEntries"/>.
/// </summary>
public sealed class FeedParameters : Search.MatchParameters
{
    /// <inheritdoc />
    public override SearchRequest ToRequest() => base.ToRequest() with
    {
        Sort = SearchSort.Newest,
        Page = 1,
        PageSize = AtomFeed.MaxEntries,
    };
}

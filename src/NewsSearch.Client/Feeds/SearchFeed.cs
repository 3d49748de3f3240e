namespace NewsSearch.Client.Feeds;

/// <summary>A search's Atom feed as read by <see cref="INewsSearchClient.GetFeedAsync"/>.</summary>
/// <param name="Id">The feed's id: the same for the same search, whatever the order of its parameters.</param>
/// <param name="Title">The feed's title.</param>
/// <param name="Updated">The newest entry's date (1970-01-01 when there is none).</param>
/// <param name="Entries">The newest dated articles matching the search, newest first (at most 50).</param>
/// <param name="ETag">The validator to send next time (as <c>ifNoneMatch</c>) to be told the feed has not changed.</param>
/// <param name="LastModified">The service's Last-Modified for the feed.</param>
/// <param name="Xml">The feed document as served.</param>
public sealed record SearchFeed(
    string Id, string Title, DateTimeOffset Updated, IReadOnlyList<FeedEntry> Entries, string? ETag, DateTimeOffset? LastModified, string Xml);

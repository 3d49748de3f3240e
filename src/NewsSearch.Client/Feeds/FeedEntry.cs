namespace NewsSearch.Client.Feeds;

/// <summary>One entry of a search's Atom feed: an article.</summary>
/// <param name="ArticleId">The article's id (its entry id is <c>urn:newssearch:article:</c> and this).</param>
/// <param name="Title">The article's heading: its title, or a heading from its text when it has none.</param>
/// <param name="Link">The article's page on the service's web site.</param>
/// <param name="Published">Its publication day at 00:00 China Standard Time (+08:00).</param>
/// <param name="Source">The publishing outlet, or empty.</param>
/// <param name="Summary">The search's snippet: HTML-escaped text with &lt;mark&gt; around the query's words.</param>
public sealed record FeedEntry(string ArticleId, string Title, Uri Link, DateTimeOffset Published, string Source, string Summary);

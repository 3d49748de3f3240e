namespace NewsSearch.Client.Articles;

/// <summary>Title and body as HTML-escaped text with &lt;mark&gt; around the query's words.</summary>
/// <param name="Title">Escaped title with marks.</param>
/// <param name="Body">Escaped body with marks.</param>
public sealed record HighlightedText(string Title, string Body);

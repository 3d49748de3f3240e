namespace NewsSearch.Api.Articles;

/// <summary>A stored article: cleaned text, metadata and tags with mention counts.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Source">Publishing outlet.</param>
/// <param name="Author">Reporters or writers.</param>
/// <param name="Body">Cleaned text; paragraphs separated by a blank line.</param>
/// <param name="Zones">Zones with labels and mentions, most mentioned first.</param>
/// <param name="Countries">Partner countries.</param>
/// <param name="Sectors">Sectors.</param>
/// <param name="Highlighted">With <c>q</c>: title and body HTML-escaped with &lt;mark&gt; around the query's words.</param>
/// <param name="Group">Its reprint group's id.</param>
/// <param name="Versions">Articles in its reprint group, itself included (listed at <c>/api/v1/articles/{id}/versions</c>).</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading taken from its text (the body's first sentence, in its own script).</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> comes from the body because the source gave no title: show it marked as such, never as the title (<c>title</c> stays empty).</param>
public sealed record ArticleResponse(
    string Id,
    string? Url,
    string Title,
    DateOnly? Published,
    string Source,
    string Author,
    string Body,
    IReadOnlyList<TagView> Zones,
    IReadOnlyList<TagView> Countries,
    IReadOnlyList<TagView> Sectors,
    HighlightedText? Highlighted,
    string Group,
    int Versions,
    string Heading,
    bool HeadingDerived);

/// <summary>A tag with its labels.</summary>
/// <param name="Value">Taxonomy id.</param>
/// <param name="Label">Chinese label.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Mentions">Times the article mentions it.</param>
public sealed record TagView(string Value, string Label, string LabelEn, int Mentions);

/// <summary>Title and body as HTML with the query's words marked.</summary>
/// <param name="Title">Escaped title with &lt;mark&gt;s.</param>
/// <param name="Body">Escaped body with &lt;mark&gt;s.</param>
public sealed record HighlightedText(string Title, string Body);

namespace NewsSearch.Client.Articles;

/// <summary>A stored article: cleaned text, metadata and tags with mention counts.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Source">Publishing outlet.</param>
/// <param name="Author">Reporters or writers.</param>
/// <param name="Body">Cleaned text; paragraphs separated by a blank line.</param>
/// <param name="Zones">Zones, most mentioned first.</param>
/// <param name="Countries">Partner countries.</param>
/// <param name="Sectors">Sectors.</param>
/// <param name="Highlighted">When read with a query: title and body as HTML with the query's words marked.</param>
/// <param name="Group">Its reprint group's id.</param>
/// <param name="Versions">Articles in its reprint group, itself included.</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading the service took from its text.</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> was taken from the text because the source gave no title: show it marked, never as the title.</param>
public sealed record Article(
    string Id,
    string? Url,
    string Title,
    DateOnly? Published,
    string Source,
    string Author,
    string Body,
    IReadOnlyList<ArticleTag> Zones,
    IReadOnlyList<ArticleTag> Countries,
    IReadOnlyList<ArticleTag> Sectors,
    HighlightedText? Highlighted,
    string? Group = null,
    int Versions = 1,
    string Heading = "",
    bool HeadingDerived = false);

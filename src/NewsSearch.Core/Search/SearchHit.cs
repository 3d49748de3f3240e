namespace NewsSearch.Core.Search;

/// <summary>One article in a result page.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline (may be empty when the source has none).</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Source">Publishing outlet, or empty.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Zones">Zone ids, most mentioned first.</param>
/// <param name="Countries">Partner country ids, most mentioned first.</param>
/// <param name="Sectors">Sector ids, most mentioned first.</param>
/// <param name="Score">Relevance score (0 when browsing).</param>
/// <param name="Snippet">HTML-escaped best passage, in the article's own script, with &lt;mark&gt; around matched words.</param>
/// <param name="Versions">Articles of its reprint group that match the query and filters (1 when it has no reprints).</param>
/// <param name="Group">Its reprint group's id (see <c>GET /api/v1/articles/{id}/versions</c>).</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading taken from its text (see <paramref name="HeadingDerived"/>).</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> comes from the body because the source gave no title: show it marked as such, never as the title.</param>
public sealed record SearchHit(
    string Id,
    string Title,
    DateOnly? Published,
    string Source,
    string? Url,
    IReadOnlyList<string> Zones,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Sectors,
    double Score,
    string Snippet,
    int Versions,
    string Group,
    string Heading,
    bool HeadingDerived);

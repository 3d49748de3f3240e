namespace NewsSearch.Client.Search;

/// <summary>One article in a page of results.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Source">Publishing outlet, or empty.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Zones">Zone ids, most mentioned first.</param>
/// <param name="Countries">Partner country ids, most mentioned first.</param>
/// <param name="Sectors">Sector ids, most mentioned first.</param>
/// <param name="Score">Relevance score (0 when browsing).</param>
/// <param name="Snippet">HTML-escaped best passage with &lt;mark&gt; around matched words.</param>
/// <param name="Versions">Articles of its reprint group (the same story on other sites) that match the search; 1 without reprints.</param>
/// <param name="Group">Its reprint group's id; list the group with <see cref="INewsSearchClient.GetVersionsAsync"/>.</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading the service took from its text.</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> was taken from the text because the source gave no title: show it marked, never as the title.</param>
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
    int Versions = 1,
    string? Group = null,
    string Heading = "",
    bool HeadingDerived = false);

namespace NewsSearch.Client.Articles;

/// <summary>An article similar to another one.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Source">Publishing outlet, or empty.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Score">Similarity: the summed weights of the shared terms; higher is more similar.</param>
/// <param name="SharedTerms">The first article's distinctive words this one also holds, most distinctive first (Simplified).</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading the service took from its text.</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> was taken from the text because the source gave no title: show it marked, never as the title.</param>
public sealed record RelatedArticle(
    string Id,
    string Title,
    DateOnly? Published,
    string Source,
    string? Url,
    double Score,
    IReadOnlyList<string> SharedTerms,
    string Heading = "",
    bool HeadingDerived = false);

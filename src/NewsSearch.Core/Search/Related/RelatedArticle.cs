namespace NewsSearch.Core.Search.Related;

/// <summary>An article similar to another one.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Source">Publishing outlet, or empty.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Score">Similarity: the summed TF-IDF weights (in the first article) of the shared terms; higher is more similar.</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading taken from its text.</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> comes from the body because the source gave no title.</param>
/// <param name="SharedTerms">The distinctive words of the first article that this one also holds, most distinctive first (folded to Simplified).</param>
public sealed record RelatedArticle(
    string Id,
    string Title,
    DateOnly? Published,
    string Source,
    string? Url,
    double Score,
    IReadOnlyList<string> SharedTerms,
    string Heading,
    bool HeadingDerived);

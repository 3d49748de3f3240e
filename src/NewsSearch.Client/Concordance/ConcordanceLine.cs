namespace NewsSearch.Client.Concordance;

/// <summary>One occurrence of the query's words in an article, with its context, in the article's own script.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The article's headline (may be empty).</param>
/// <param name="Published">Its publication date, if known.</param>
/// <param name="Left">The characters before the match (line breaks as spaces).</param>
/// <param name="Match">The matched text.</param>
/// <param name="Right">The characters after the match.</param>
/// <param name="Heading">The title, or a heading from the text when the article has none (optional: older services do not send it).</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> comes from the text.</param>
public sealed record ConcordanceLine(
    string Id, string Title, DateOnly? Published, string Left, string Match, string Right, string? Heading = null, bool HeadingDerived = false);

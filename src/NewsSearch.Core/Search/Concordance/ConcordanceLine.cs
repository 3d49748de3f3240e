namespace NewsSearch.Core.Search.Concordance;

/// <summary>One occurrence of the query's words in an article, with its context (keyword in context).</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The article's headline (may be empty).</param>
/// <param name="Published">Its publication date, if known.</param>
/// <param name="Left">Up to the requested width of characters before the match, as the article has them (line breaks as spaces).</param>
/// <param name="Match">The matched text, as the article has it (Traditional stays Traditional).</param>
/// <param name="Right">Up to the requested width of characters after the match.</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading taken from its text.</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> comes from the body because the source gave no title.</param>
public sealed record ConcordanceLine(
    string Id, string Title, DateOnly? Published, string Left, string Match, string Right, string Heading, bool HeadingDerived);

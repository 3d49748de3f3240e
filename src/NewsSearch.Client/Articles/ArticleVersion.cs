namespace NewsSearch.Client.Articles;

/// <summary>One version of a story: enough to list it and open it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Source">Publishing outlet, or empty.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading the service took from its text.</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> was taken from the text because the source gave no title: show it marked, never as the title.</param>
public sealed record ArticleVersion(string Id, string Title, string Source, DateOnly? Published, string? Url, string Heading = "", bool HeadingDerived = false);

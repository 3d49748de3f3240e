namespace NewsSearch.Client.Articles;

/// <summary>One version of a story: enough to list it and open it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Source">Publishing outlet, or empty.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Url">Original address, if known.</param>
public sealed record ArticleVersion(string Id, string Title, string Source, DateOnly? Published, string? Url);

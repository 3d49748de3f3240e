namespace NewsSearch.Client.Articles;

/// <summary>An article to add or replace. Posting the same content again changes nothing, so a write can be repeated safely.</summary>
/// <param name="Id">Stable id (letters, digits and <c>_.:-</c>, up to 128 characters); when null the service derives one from <paramref name="Url"/>.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Title">Headline.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Source">Publishing outlet.</param>
/// <param name="Author">Reporters or writers.</param>
/// <param name="Body">The article text (required); the service removes page furniture and pinyin annotations.</param>
public sealed record ArticleInput(
    string? Id,
    string? Url,
    string? Title,
    DateOnly? Published,
    string? Source,
    string? Author,
    string Body);

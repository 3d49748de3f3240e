namespace NewsSearch.Core.Articles;

/// <summary>What <see cref="MetadataExtractor"/> found in cleaned paragraphs, and the paragraphs that remain the body.</summary>
/// <param name="Title">The headline, or empty when the text has no heading line.</param>
/// <param name="Published">The publication date, or null.</param>
/// <param name="Source">The publishing outlet (来源), or empty.</param>
/// <param name="Author">Reporter and writer names joined with "、", or empty.</param>
/// <param name="Paragraphs">The body without the title, metadata and byline lines.</param>
public sealed record ArticleMetadata(
    string Title,
    DateOnly? Published,
    string Source,
    string Author,
    IReadOnlyList<string> Paragraphs)
{
    /// <summary>The body paragraphs joined the way <see cref="Article.Body"/> stores them.</summary>
    public string Body => ArticleCleaner.JoinParagraphs(Paragraphs);
}

namespace NewsSearch.Core.Articles;

/// <summary>What <see cref="HtmlArticleExtractor"/> took from a page: its main text and any declared metadata.</summary>
/// <param name="Text">The main text, one block element per line, with furniture elements removed.</param>
/// <param name="Title">og:title, the first h1, or the document title without the site name; null when none.</param>
/// <param name="Published">A date from meta tags or a time element; null when none.</param>
/// <param name="Author">The author meta tag; null when none.</param>
/// <param name="Url">The canonical or og:url address; null when none.</param>
internal sealed record HtmlPage(string Text, string? Title, DateOnly? Published, string? Author, string? Url);

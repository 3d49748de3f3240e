namespace NewsSearch.Core.Articles;

/// <summary>One thing read from a file: an article or a problem (exactly one is set).</summary>
/// <param name="Article">The article read, or null.</param>
/// <param name="Problem">The problem met, or null.</param>
public readonly record struct ArticleReadItem(Article? Article, ReadProblem? Problem);

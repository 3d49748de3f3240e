using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Index;

/// <summary>An article with its analyzed text, ready to be written to an index.</summary>
/// <param name="Article">The cleaned, tagged article.</param>
/// <param name="ContentHash">Hash of everything stored for the article: an unchanged hash means nothing to write.</param>
/// <param name="Title">The analyzed title.</param>
/// <param name="Body">The analyzed body.</param>
/// <param name="Source">The analyzed source name.</param>
public sealed record IndexedArticle(Article Article, string ContentHash, AnalyzedText Title, AnalyzedText Body, AnalyzedText Source);

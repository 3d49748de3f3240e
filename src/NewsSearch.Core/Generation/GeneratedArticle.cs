using NewsSearch.Core.Articles;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Generation;

/// <summary>A synthetic article and the facet values planted in it.</summary>
/// <param name="Article">The article (no tags: the indexer tags it like any other).</param>
/// <param name="Labels">Values planted through the chosen sentences: the index must tag at least these.</param>
public sealed record GeneratedArticle(Article Article, ArticleTags Labels);

using NewsSearch.Core.Articles;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Generation;

/// <summary>A synthetic article and the facet values planted in it.</summary>
/// <param name="Article">The article (no tags: the indexer tags it like any other).</param>
/// <param name="Labels">Values planted through the chosen sentences: the index must tag at least these.</param>
/// <param name="Story">
/// When the generator makes reprints, the id of the original article this one is a version of (its
/// own id for an original): the true reprint group. Null when reprints are off.
/// </param>
public sealed record GeneratedArticle(Article Article, ArticleTags Labels, string? Story = null);

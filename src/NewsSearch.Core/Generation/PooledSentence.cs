using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Generation;

/// <summary>A sentence of the real corpus with the facet values it mentions.</summary>
/// <param name="Text">The sentence in Simplified script.</param>
/// <param name="Tags">The (dimension, id) pairs the tagger finds in it alone.</param>
public sealed record PooledSentence(string Text, IReadOnlySet<(FacetDimension Dimension, string Id)> Tags);

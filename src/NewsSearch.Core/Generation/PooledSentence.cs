using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Generation;

/// <summary>A sentence of the real corpus with the facet values it mentions.</summary>
/// <param name="Text">The sentence in Simplified script.</param>
/// <param name="Mentions">How often the sentence alone mentions each (dimension, id).</param>
public sealed record PooledSentence(string Text, IReadOnlyDictionary<(FacetDimension Dimension, string Id), int> Mentions);

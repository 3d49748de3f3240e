namespace NewsSearch.Core.Taxonomy;

/// <summary>One disagreement between the tagger and the judged set.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="ValueId">The value.</param>
/// <param name="Extra">True for a tag the reader did not give, false for a judged value the tagger missed.</param>
public sealed record TaggingMiss(string ArticleId, FacetDimension Dimension, string ValueId, bool Extra);

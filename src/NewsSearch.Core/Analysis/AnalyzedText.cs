namespace NewsSearch.Core.Analysis;

/// <summary>
/// The two token streams of one text: dictionary words (precise, ranked higher) and CJK bigrams
/// with Latin words and numbers in between (recall: they match whatever the segmentation).
/// </summary>
/// <param name="Folded">The folded text with its offset map.</param>
/// <param name="Words">Words from ICU dictionary segmentation, in order.</param>
/// <param name="Grams">Overlapping CJK bigrams (each run's last character as a unigram) and non-CJK words, in order.</param>
/// <param name="WordPositions">Each word's position as the index counts them: consecutive, but one more across a break in a Han run.</param>
public sealed record AnalyzedText(FoldedText Folded, IReadOnlyList<Token> Words, IReadOnlyList<Token> Grams, IReadOnlyList<int> WordPositions);

using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Index;

/// <summary>
/// Where analyzers come from: every analyzer that reads or writes an index is built with the word
/// segmenter that index answers to (<see cref="IArticleIndex.Segmenter"/>), so queries are analyzed
/// as the index was built.
/// </summary>
public static class IndexAnalyzers
{
    /// <summary>The segmenter a new index of <paramref name="engine"/> takes when no setting names one.</summary>
    public static string DefaultSegmenter(string engine) =>
        string.Equals(engine, ArticleIndexes.Lucene, StringComparison.OrdinalIgnoreCase) ? WordSegmenters.SmartCn : WordSegmenters.Icu;

    /// <summary>
    /// Why <paramref name="segmenter"/> cannot be used with <paramref name="engine"/>, or null when it can.
    /// The PostgreSQL engine records no segmenter and its indexes were all built with ICU, so it
    /// analyzes with ICU alone rather than risk mixing two segmentations unnoticed.
    /// </summary>
    public static string? Refusal(string engine, string? segmenter)
    {
        if (segmenter is null)
        {
            return null;
        }

        if (!WordSegmenters.Names.Contains(segmenter))
        {
            return $"Segmenter must be {string.Join(" or ", WordSegmenters.Names)}.";
        }

        return segmenter != WordSegmenters.Icu && !string.Equals(engine, ArticleIndexes.Lucene, StringComparison.OrdinalIgnoreCase)
            ? $"Segmenter {segmenter} needs the lucene engine; the {engine} engine analyzes with icu."
            : null;
    }

    /// <summary>An analyzer with the segmenter <paramref name="index"/> answers to; the caller disposes it.</summary>
    public static Analyzer For(IArticleIndex index) => new(WordSegmenters.Create(index.Segmenter));
}

namespace NewsSearch.Core.Analysis;

/// <summary>Splits folded text into words; the analyzer adds its grams around them. Thread-safe.</summary>
public interface IWordSegmenter : IDisposable
{
    /// <summary>The segmenter's name, as in <see cref="WordSegmenters"/>; an index records it.</summary>
    string Name { get; }

    /// <summary>Returns the spans (start, end) of the words in <paramref name="text"/>, in order, skipping spaces and punctuation.</summary>
    List<(int Start, int End)> Segment(string text);
}

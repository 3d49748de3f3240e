using Icu;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// ICU dictionary-based word segmentation. A BreakIterator is not thread-safe, so each thread
/// gets its own; they are released with the segmenter.
/// </summary>
public sealed class IcuWordSegmenter : IWordSegmenter
{
    // ICU rule status ranges: 0-99 none (spaces, punctuation), 100 number, 200 letter, 300 kana, 400 ideograph.
    private const int FirstWordStatus = 100;

    private readonly ThreadLocal<BreakIterator> _iterators;

    /// <summary>Creates a segmenter for Chinese text.</summary>
    public IcuWordSegmenter()
    {
        IcuRuntime.EnsureInitialized();
        _iterators = new ThreadLocal<BreakIterator>(() => BreakIterator.CreateWordInstance(new Locale("zh")), trackAllValues: true);
    }

    /// <inheritdoc />
    public string Name => WordSegmenters.Icu;

    /// <inheritdoc />
    public List<(int Start, int End)> Segment(string text)
    {
        var spans = new List<(int, int)>(text.Length / 2);
        if (text.Length == 0)
        {
            return spans;
        }

        var iterator = _iterators.Value!;
        iterator.SetText(text);
        var start = 0;
        int end;
        while ((end = iterator.MoveNext()) != BreakIterator.DONE)
        {
            if (iterator.GetRuleStatus() >= FirstWordStatus)
            {
                spans.Add((start, end));
            }

            start = end;
        }

        return spans;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var iterator in _iterators.Values)
        {
            iterator.Dispose();
        }

        _iterators.Dispose();
    }
}

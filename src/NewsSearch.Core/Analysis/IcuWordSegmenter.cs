using Icu;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// ICU dictionary-based word segmentation. A break iterator is not thread-safe, so each thread
/// gets its own; they are released with the segmenter. ICU's C functions are called directly
/// (<see cref="IcuWordBreaks"/>) where they are found, icu.net's <see cref="BreakIterator"/> otherwise:
/// both give the same words.
/// </summary>
public sealed class IcuWordSegmenter : IWordSegmenter
{
    // ICU rule status ranges: 0-99 none (spaces, punctuation), 100 number, 200 letter, 300 kana, 400 ideograph.
    private const int FirstWordStatus = 100;
    private const string Locale = "zh";

    private readonly ThreadLocal<IcuWordBreaks?>? _native;
    private readonly ThreadLocal<BreakIterator>? _iterators;

    /// <summary>Creates a segmenter for Chinese text.</summary>
    public IcuWordSegmenter()
        : this(native: true)
    {
    }

    /// <summary>Creates a segmenter, through ICU's C functions when <paramref name="native"/> and they are found.</summary>
    internal IcuWordSegmenter(bool native)
    {
        IcuRuntime.EnsureInitialized();
        if (native && IcuWordBreaks.Open(Locale) is { } probe)
        {
            probe.Dispose();
            _native = new ThreadLocal<IcuWordBreaks?>(() => IcuWordBreaks.Open(Locale), trackAllValues: true);
        }
        else
        {
            _iterators = new ThreadLocal<BreakIterator>(() => BreakIterator.CreateWordInstance(new Locale(Locale)), trackAllValues: true);
        }
    }

    /// <inheritdoc />
    public string Name => WordSegmenters.Icu;

    /// <summary>True when ICU's C functions are called directly.</summary>
    internal bool IsNative => _native is not null;

    /// <inheritdoc />
    public List<(int Start, int End)> Segment(string text)
    {
        var spans = new List<(int, int)>(text.Length / 2);
        if (text.Length == 0)
        {
            return spans;
        }

        if (_native is not null)
        {
            _native.Value!.Spans(text, FirstWordStatus, spans);
            return spans;
        }

        var iterator = _iterators!.Value!;
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
        foreach (var breaks in _native?.Values ?? [])
        {
            breaks?.Dispose();
        }

        foreach (var iterator in _iterators?.Values ?? [])
        {
            iterator.Dispose();
        }

        _native?.Dispose();
        _iterators?.Dispose();
    }
}

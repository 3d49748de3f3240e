namespace NewsSearch.Core.Analysis;

/// <summary>
/// Text after width, case and script folding, with a map from each folded character back to the
/// original text so that highlights land on the characters the reader actually sees.
/// </summary>
public sealed class FoldedText
{
    // The map in stretches, by where each starts in the folded text: a run of characters folded
    // one for one (its start in the original), or an expansion of one original character (~its
    // position). Null when the whole text folded one for one.
    private readonly int[]? _starts;
    private readonly int[]? _origins;

    internal FoldedText(string original, string text, int[]? starts, int[]? origins)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _origins = origins;
    }

    /// <summary>The text as it was given.</summary>
    public string Original { get; }

    /// <summary>The folded text: NFKC, lower case, Simplified script.</summary>
    public string Text { get; }

    /// <summary>Maps a position in <see cref="Text"/> (0..Length inclusive) to a position in <see cref="Original"/>.</summary>
    public int ToOriginal(int foldedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)foldedIndex, (uint)Text.Length, nameof(foldedIndex));
        if (_starts is null || _origins is null)
        {
            return foldedIndex;
        }

        // The stretch starting at or last before the position (starts are strictly increasing).
        var found = Array.BinarySearch(_starts, foldedIndex);
        var stretch = found >= 0 ? found : ~found - 1;
        var origin = _origins[stretch];
        return origin >= 0 ? origin + (foldedIndex - _starts[stretch]) : ~origin;
    }
}

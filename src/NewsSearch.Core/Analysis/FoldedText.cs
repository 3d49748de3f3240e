namespace NewsSearch.Core.Analysis;

/// <summary>
/// Text after width, case and script folding, with a map from each folded character back to the
/// original text so that highlights land on the characters the reader actually sees.
/// </summary>
public sealed class FoldedText
{
    private readonly int[]? _originalIndex; // null when every character folded to exactly one

    internal FoldedText(string original, string text, int[]? originalIndex)
    {
        Original = original;
        Text = text;
        _originalIndex = originalIndex;
    }

    /// <summary>The text as it was given.</summary>
    public string Original { get; }

    /// <summary>The folded text: NFKC, lower case, Simplified script.</summary>
    public string Text { get; }

    /// <summary>Maps a position in <see cref="Text"/> (0..Length inclusive) to a position in <see cref="Original"/>.</summary>
    public int ToOriginal(int foldedIndex)
    {
        if (_originalIndex is not null)
        {
            return _originalIndex[foldedIndex];
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)foldedIndex, (uint)Text.Length, nameof(foldedIndex));
        return foldedIndex;
    }
}

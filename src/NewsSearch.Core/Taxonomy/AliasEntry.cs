namespace NewsSearch.Core.Taxonomy;

// One folded alias ready for matching. Excepts are kept with the offset of the alias inside each,
// so a match at position p is suppressed when the except string starts at p - offset.
internal sealed class AliasEntry(string text, int valueIndex, int dimension, bool contextual, bool decisive, (string Text, int Offset)[] excepts)
{
    public string Text { get; } = text;

    public int ValueIndex { get; } = valueIndex;

    public int Dimension { get; } = dimension;

    public bool Contextual { get; } = contextual;

    public bool Decisive { get; } = decisive;

    // Latin aliases (ai, 5g) only match as whole words: never inside another Latin word (aiot, said).
    private readonly bool _wordStart = IsWordChar(text[0]);
    private readonly bool _wordEnd = IsWordChar(text[^1]);

    public bool MatchesAt(ReadOnlySpan<char> folded, int position)
    {
        // The second character rejects most candidates before the span comparison.
        var end = position + Text.Length;
        if (end > folded.Length || (Text.Length > 1 && folded[position + 1] != Text[1])
            || !folded.Slice(position, Text.Length).SequenceEqual(Text))
        {
            return false;
        }

        if ((_wordStart && position > 0 && IsWordChar(folded[position - 1]))
            || (_wordEnd && end < folded.Length && IsWordChar(folded[end])))
        {
            return false;
        }

        foreach (var (except, offset) in excepts)
        {
            var start = position - offset;
            if (start >= 0 && start + except.Length <= folded.Length
                && folded.Slice(start, except.Length).SequenceEqual(except))
            {
                return false;
            }
        }

        return true;
    }

    // Han characters are letters to .NET, so the word test is limited to Latin script and digits.
    private static bool IsWordChar(char c) => c < 0x0250 && char.IsLetterOrDigit(c);
}

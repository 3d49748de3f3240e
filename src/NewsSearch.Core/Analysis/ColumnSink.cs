using System.Text;

namespace NewsSearch.Core.Analysis;

/// <summary>Writes terms straight into space-separated column text, for indexing.</summary>
internal sealed class ColumnSink(int length) : ITermSink
{
    private readonly List<(int Start, int Length)> _wordRanges = [];

    public StringBuilder Words { get; } = new(length + (length / 2));

    public StringBuilder Grams { get; } = new(length * 3);

    public void Word(string text, int start, int end) => AddWord(text.AsSpan(start, end - start));

    public void Word(string term, int start, int end, bool sanitized) => AddWord(term);

    // Two spaces: the column tokenizer leaves a position out for the empty term between them.
    public void WordGap() => Words.Append(' ');

    public void Gram(string text, int start, int end) => Append(Grams, text.AsSpan(start, end - start));

    public void GramWord(int wordIndex)
    {
        var (start, count) = _wordRanges[wordIndex];
        if (Grams.Length > 0)
        {
            Grams.Append(' ');
        }

        Grams.Append(Words, start, count);
    }

    private void AddWord(ReadOnlySpan<char> term)
    {
        if (Words.Length > 0)
        {
            Words.Append(' ');
        }

        _wordRanges.Add((Words.Length, term.Length));
        Words.Append(term);
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<char> term)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(term);
    }
}

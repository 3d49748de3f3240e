namespace NewsSearch.Core.Analysis;

/// <summary>Collects terms as <see cref="Token"/>s with offsets mapped back to the original text.</summary>
internal sealed class TokenSink(FoldedText folded) : ITermSink
{
    public List<Token> Words { get; } = [];

    public List<Token> Grams { get; } = [];

    /// <summary>Each word's position among the words, as the index counts them (gaps included).</summary>
    public List<int> WordPositions { get; } = [];

    private int _gaps;

    public void Word(string text, int start, int end) => AddWord(Make(text.Substring(start, end - start), start, end));

    public void Word(string term, int start, int end, bool sanitized) => AddWord(Make(term, start, end));

    public void WordGap() => _gaps++;

    public void Gram(string text, int start, int end) => Grams.Add(Make(text.Substring(start, end - start), start, end));

    public void GramWord(int wordIndex) => Grams.Add(Words[wordIndex]);

    private void AddWord(Token word)
    {
        WordPositions.Add(WordPositions.Count == 0 ? 0 : WordPositions[^1] + 1 + _gaps);
        _gaps = 0;
        Words.Add(word);
    }

    private Token Make(string term, int start, int end) => new(term, folded.ToOriginal(start), folded.ToOriginal(end));
}

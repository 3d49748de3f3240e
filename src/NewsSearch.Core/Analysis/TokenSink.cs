namespace NewsSearch.Core.Analysis;

/// <summary>Collects terms as <see cref="Token"/>s with offsets mapped back to the original text.</summary>
internal sealed class TokenSink(FoldedText folded) : ITermSink
{
    public List<Token> Words { get; } = [];

    public List<Token> Grams { get; } = [];

    public void Word(string text, int start, int end) => Words.Add(Make(text.Substring(start, end - start), start, end));

    public void Word(string term, int start, int end, bool sanitized) => Words.Add(Make(term, start, end));

    public void Gram(string text, int start, int end) => Grams.Add(Make(text.Substring(start, end - start), start, end));

    public void GramWord(int wordIndex) => Grams.Add(Words[wordIndex]);

    private Token Make(string term, int start, int end) => new(term, folded.ToOriginal(start), folded.ToOriginal(end));
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Reads a word column (as <see cref="ColumnTokenizer"/> does) and gives each two and each three
/// words at consecutive positions as one term ("苏州 工业", "苏州 工业 园区"), both at the first word's
/// position. A phrase of two or three whole words is then one term, matched like a word: a phrase
/// query reads positions in every article it visits, which at 40,000 articles cost four times a
/// word's postings. Words on either side of a left-out position (a break in a Han run) make no
/// shingle, exactly as they are no phrase.
/// </summary>
internal sealed class ShingleTokenizer : Tokenizer
{
    /// <summary>Longest word that makes shingles (three of them must fit in one Lucene term); a phrase with a longer one is matched on its words.</summary>
    public const int MaxWordChars = ColumnTokenizer.MaxTermChars / 3;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<(int Start, int End, int Position)> _words = [];
    private string _text = "";
    private int _first; // index in _words of the next shingle's first word
    private int _size = 2; // words in the next shingle
    private int _lastPosition;

    public ShingleTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_first < _words.Count)
        {
            if (_size <= 3 && Consecutive(_first, _size))
            {
                Emit(_first, _size);
                _size++;
                return true;
            }

            (_first, _size) = (_first + 1, 2);
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _words.Clear();
        (_first, _size, _lastPosition) = (0, 2, -1);

        // The column's words and their positions, by ColumnTokenizer's rules: a second space leaves a
        // position out, and so does an overlong term, which is skipped.
        var position = -1;
        var at = 0;
        while (at < _text.Length)
        {
            var end = _text.IndexOf(' ', at);
            if (end < 0)
            {
                end = _text.Length;
            }

            position++;
            if (end > at && end - at <= MaxWordChars)
            {
                _words.Add((at, end, position));
            }

            at = end + 1;
        }
    }

    private bool Consecutive(int first, int size) =>
        first + size <= _words.Count && _words[first + size - 1].Position == _words[first].Position + size - 1;

    private void Emit(int first, int size)
    {
        var (start, end) = (_words[first].Start, _words[first + size - 1].End);
        var buffer = _term.ResizeBuffer(end - start);
        _text.CopyTo(start, buffer, 0, end - start); // single spaces between consecutive words, as in the column
        _term.Length = end - start;
        _position.PositionIncrement = _words[first].Position - _lastPosition;
        _lastPosition = _words[first].Position;
    }
}

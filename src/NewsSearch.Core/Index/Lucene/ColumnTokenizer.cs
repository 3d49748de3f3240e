using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Splits one of the analyzer's columns (terms separated by single spaces, see
/// <see cref="Analysis.IndexedText"/>) into tokens at consecutive positions, so a run of grams is a
/// phrase exactly as in the column; a second space leaves a position out (a break between words). The terms were made by our own analyzer; nothing is changed here.
/// </summary>
internal sealed class ColumnTokenizer : Tokenizer
{
    // Lucene refuses a term longer than 32,766 UTF-8 bytes and fails the whole document; a term of
    // this many characters (a pasted blob, never a word) is skipped instead.
    internal const int MaxTermChars = 32766 / 3;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private string _text = "";
    private int _at;
    private int _skipped;

    public ColumnTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_at < _text.Length)
        {
            var end = _text.IndexOf(' ', _at);
            if (end < 0)
            {
                end = _text.Length;
            }

            var start = _at;
            _at = end + 1;
            if (end == start)
            {
                // Two spaces in a row: a break between words (see Analysis.TermWalker) leaves a position out.
                _skipped++;
                continue;
            }

            if (end - start > MaxTermChars)
            {
                _skipped++;
                continue;
            }

            var buffer = _term.ResizeBuffer(end - start);
            _text.CopyTo(start, buffer, 0, end - start);
            _term.Length = end - start;
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            _position.PositionIncrement = 1 + _skipped;
            _skipped = 0;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _at = 0;
        _skipped = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }
}

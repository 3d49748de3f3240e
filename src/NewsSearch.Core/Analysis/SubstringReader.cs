namespace NewsSearch.Core.Analysis;

/// <summary>A reader over part of a string that can be pointed at another part without allocating.</summary>
internal sealed class SubstringReader : TextReader
{
    private string _text = "";
    private int _position;
    private int _end;

    public void Reset(string text, int start, int length)
    {
        _text = text;
        _position = start;
        _end = start + length;
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(count, _end - _position);
        if (n <= 0)
        {
            return 0;
        }

        _text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read(Span<char> buffer)
    {
        var n = Math.Min(buffer.Length, _end - _position);
        if (n <= 0)
        {
            return 0;
        }

        _text.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    // Lucene closes the reader after each stream; this one lives on for the next.
    protected override void Dispose(bool disposing)
    {
    }
}

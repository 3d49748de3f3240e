namespace NewsSearch.Core.Articles;

/// <summary>
/// Splits a byte stream into lines without ever holding more than one capped line, so a huge
/// JSON Lines file, or one runaway line in it, cannot exhaust memory.
/// </summary>
internal static class JsonLineSplitter
{
    /// <summary>One line: its 1-based number and bytes (without the line break), or no bytes when it was over the cap.</summary>
    public readonly record struct Line(int Number, byte[]? Bytes);

    public static IEnumerable<Line> Split(Stream stream, int maxLineBytes)
    {
        var buffer = new byte[64 * 1024];
        var current = new MemoryStream();
        var tooLong = false;
        var number = 1;
        var atStart = true;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            if (atStart)
            {
                atStart = false;
                start = buffer.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            }

            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    current.Write(buffer, start, end - start);
                    if (current.Length > maxLineBytes)
                    {
                        tooLong = true;
                        current.SetLength(0);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                yield return Finish(number++, current, ref tooLong);
                start = newline + 1;
            }
        }

        if (current.Length > 0 || tooLong)
        {
            yield return Finish(number, current, ref tooLong);
        }
    }

    private static Line Finish(int number, MemoryStream current, ref bool tooLong)
    {
        var bytes = tooLong ? null : TrimCarriageReturn(current.ToArray());
        current.SetLength(0);
        tooLong = false;
        return new Line(number, bytes);
    }

    private static byte[] TrimCarriageReturn(byte[] bytes) =>
        bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
}

using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Decodes scraped files whose encoding is not declared: a byte order mark wins, then strict UTF-8,
/// then whichever of GB18030 and Big5 decodes cleanly and reads more like Chinese.
/// </summary>
public static class TextDecoder
{
    private const int Gb18030CodePage = 54936;
    private const int Big5CodePage = 950;

    private static readonly Encoding StrictGb18030;
    private static readonly Encoding StrictBig5;

    static TextDecoder()
    {
        // GB18030 and Big5 live in the code-pages provider, not in the base framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        StrictGb18030 = Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        StrictBig5 = Encoding.GetEncoding(Big5CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>True when the bytes start with a UTF-16 byte order mark (such text legitimately contains NUL bytes).</summary>
    public static bool HasUtf16ByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>Decodes the bytes, or returns null when no supported encoding fits them.</summary>
    /// <param name="bytes">The whole file content.</param>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (HasUtf16ByteOrderMark(bytes))
        {
            return DecodeUtf16(bytes[2..], bigEndian: bytes[0] == 0xFE);
        }

        return DecodeUtf8(bytes) ?? DecodeChinese(bytes);
    }

    private static DecodedText? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            // isFinalBlock: false turns an incomplete final sequence into NeedMoreData instead of an error,
            // which is how a file cut mid-character is told apart from one that is not UTF-8 at all.
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: false);
            return status switch
            {
                OperationStatus.Done => new DecodedText(new string(chars, 0, written), "UTF-8", false),
                OperationStatus.NeedMoreData when read > 0 => new DecodedText(new string(chars, 0, written), "UTF-8", true),
                _ => null,
            };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static DecodedText? DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var truncated = bytes.Length % 2 == 1;
        var whole = truncated ? bytes[..^1] : bytes;
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        var text = TryDecode(encoding, whole);
        return text is null ? null : new DecodedText(text, bigEndian ? "UTF-16BE" : "UTF-16LE", truncated);
    }

    private static DecodedText? DecodeChinese(ReadOnlySpan<byte> bytes)
    {
        var gb = TryDecode(StrictGb18030, bytes);
        var big5 = TryDecode(StrictBig5, bytes);
        if (gb is null && big5 is null)
        {
            return null;
        }

        // Both decoders accept most double-byte input, so the wrong one yields rare characters;
        // counting everyday characters of each script tells the two apart. Ties go to GB18030.
        var pickBig5 = gb is null
            || (big5 is not null && CommonHanCharacters.CountTraditional(big5) > CommonHanCharacters.CountSimplified(gb));
        return pickBig5 ? new DecodedText(big5!, "Big5", false) : new DecodedText(gb!, "GB18030", false);
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}

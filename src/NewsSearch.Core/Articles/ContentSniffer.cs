namespace NewsSearch.Core.Articles;

/// <summary>Tells binary files (images, archives, office documents) from text before decoding them.</summary>
internal static class ContentSniffer
{
    private const double MaxControlShare = 0.10;

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, ArticleReadLimits.SniffBytes)];
        if (head.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (IsControl(b))
            {
                controls++;
            }
        }

        return head.Length > 0 && controls > head.Length * MaxControlShare;
    }

    /// <summary>The same test on already decoded text, for UTF-16 files whose bytes are full of NULs.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, ArticleReadLimits.SniffBytes)];
        if (head.Contains('\0'))
        {
            return true;
        }

        var controls = 0;
        foreach (var c in head)
        {
            if (c < 0x80 && IsControl((byte)c))
            {
                controls++;
            }
        }

        return head.Length > 0 && controls > head.Length * MaxControlShare;
    }

    private static bool IsControl(byte b) => b is (< 0x20 and not (0x09 or 0x0A or 0x0C or 0x0D)) or 0x7F;
}

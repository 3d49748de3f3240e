namespace NewsSearch.Core.Reprints;

/// <summary>Fixed 64-bit hashing (stable across processes, unlike <see cref="HashCode"/>), as stored in the index.</summary>
internal static class ShingleHash
{
    /// <summary>The SplitMix64 finaliser: a cheap, well-spread bijection on 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// Calls <paramref name="each"/> with the hash of every <paramref name="length"/>-character run
    /// of <paramref name="text"/>: a polynomial rolling hash (one step per character whatever the
    /// length), finished with <see cref="Mix"/>.
    /// </summary>
    public static void Rolling(ReadOnlySpan<char> text, int length, Action<ulong> each)
    {
        const ulong Base = 0x100000001B3UL;
        var outgoing = 1UL;
        for (var i = 1; i < length; i++)
        {
            outgoing *= Base;
        }

        var h = 0UL;
        for (var i = 0; i < text.Length; i++)
        {
            if (i >= length)
            {
                h -= text[i - length] * outgoing;
            }

            h = h * Base + text[i];
            if (i >= length - 1)
            {
                each(Mix(h));
            }
        }
    }
}

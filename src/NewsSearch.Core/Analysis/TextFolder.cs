using System.Collections.Concurrent;
using System.Text;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Folds text for matching: NFKC (full-width to half-width and compatibility forms), lower case,
/// and Traditional to Simplified Chinese through ICU. Folding is done character by character from
/// a cache filled on first sight of each character, so it costs a table lookup per character on
/// the hot path and keeps an exact map back to the original offsets. Thread-safe.
/// </summary>
public sealed class TextFolder
{
    // Cache markers: '\0' not folded yet; Expands: folds to several characters (… to ..., ㈱ to (株)).
    private const char Unknown = '\0';
    private const char Expands = '\uFFFF';

    private readonly char[] _single = new char[char.MaxValue + 1];
    private readonly ConcurrentDictionary<char, string> _expansions = new();
    private readonly ChineseScriptConverter _script;

    /// <summary>Creates a folder over the given script converter.</summary>
    public TextFolder(ChineseScriptConverter script) => _script = script;

    /// <summary>Folds <paramref name="original"/> and keeps the offset map (for highlighting).</summary>
    public FoldedText Fold(string original)
    {
        if (FoldedOneForOne(original) is { } same)
        {
            return new FoldedText(original, same, originalIndex: null);
        }

        var builder = new StringBuilder(original.Length);
        var map = new int[original.Length * 2 + 1];
        var length = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var width = 1;
            var folded = Folded(original, i, ref width, out var single);
            if (folded is null)
            {
                Append(ref map, length++, i);
                builder.Append(single);
            }
            else
            {
                foreach (var f in folded)
                {
                    Append(ref map, length++, i);
                    builder.Append(f);
                }
            }

            i += width - 1;
        }

        Append(ref map, length, original.Length);
        return new FoldedText(original, builder.ToString(), map);
    }

    // The usual case once the characters have been seen (every snippet folds a whole body): each
    // folds to exactly one, so the offset map is the identity and is not built. Null otherwise.
    private string? FoldedOneForOne(string original)
    {
        var single = _single;
        var folded = original.Length <= 4096 ? stackalloc char[original.Length] : new char[original.Length];
        for (var i = 0; i < original.Length; i++)
        {
            var f = single[original[i]];
            if (f is Unknown or Expands)
            {
                return null;
            }

            folded[i] = f;
        }

        return new string(folded);
    }

    /// <summary>Folds text without keeping offsets (aliases, labels, documents to index).</summary>
    public string FoldToString(string original)
    {
        var buffer = new char[original.Length + 16];
        int length;
        while ((length = FoldInto(original, buffer)) < 0)
        {
            buffer = new char[buffer.Length * 2];
        }

        return new string(buffer, 0, length);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/>; returns the length written, or -1 when it does not fit.</summary>
    public int FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var at = 0;
        var single = _single;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var f = single[c];
            if (f != Unknown && f != Expands)
            {
                if (at == destination.Length)
                {
                    return -1;
                }

                destination[at++] = f;
                continue;
            }

            var width = 1;
            var folded = Folded(text, i, ref width, out var one);
            var piece = folded is null ? [one] : folded.AsSpan();
            if (at + piece.Length > destination.Length)
            {
                return -1;
            }

            piece.CopyTo(destination[at..]);
            at += piece.Length;
            i += width - 1;
        }

        return at;
    }

    // One character (or surrogate pair, then width 2): returns null with the result in single, or the expansion.
    private string? Folded(ReadOnlySpan<char> text, int i, ref int width, out char single)
    {
        var c = text[i];
        single = _single[c];
        if (single != Unknown && single != Expands)
        {
            return null;
        }

        if (single == Expands)
        {
            return _expansions[c];
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return FoldUncached(text.Slice(i, 2).ToString());
        }

        var folded = FoldUncached(c.ToString());
        if (folded.Length == 1 && folded[0] is not (Unknown or Expands))
        {
            single = folded[0];
            if (!char.IsSurrogate(c) && c != Unknown)
            {
                _single[c] = single; // racing threads store the same value
            }

            return null;
        }

        if (c is not (Unknown or Expands) && !char.IsSurrogate(c))
        {
            _expansions[c] = folded;
            _single[c] = Expands;
        }

        return folded;
    }

    private string FoldUncached(string s)
    {
        if (s.Length == 1 && char.IsSurrogate(s[0]))
        {
            return " "; // a lone surrogate is not text: fold it to a separator rather than fail
        }

        var nfkc = s.IsNormalized(NormalizationForm.FormKC) ? s : s.Normalize(NormalizationForm.FormKC);
        return _script.ToSimplified(nfkc.ToLowerInvariant());
    }

    private static void Append(ref int[] map, int index, int value)
    {
        if (index == map.Length)
        {
            Array.Resize(ref map, map.Length * 2);
        }

        map[index] = value;
    }
}

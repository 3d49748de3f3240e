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
        // The map is kept as stretches (every snippet folds a whole body, and a map entry per
        // character cost more than the folding): a run of characters folding one for one, or the
        // characters one original character (or surrogate pair) expands to.
        var folded = new char[original.Length + 16];
        List<int>? starts = null; // made at the first expansion: until then the text is one run from 0
        List<int>? origins = null; // where each stretch starts in the original; ~start for an expansion
        var inRun = true;
        var at = 0;
        var single = _single;
        for (var i = 0; i < original.Length; i++)
        {
            var width = 1;
            var one = single[original[i]];
            var expansion = one is Unknown or Expands ? Folded(original, i, ref width, out one) : null;
            if (expansion is null)
            {
                if (!inRun)
                {
                    Start(starts!, origins!, at, i);
                    inRun = true;
                }

                Put(ref folded, at++, one);
                continue;
            }

            if (starts is null || origins is null)
            {
                (starts, origins) = ([], []);
                if (at > 0)
                {
                    Start(starts, origins, 0, 0);
                }
            }

            inRun = false;
            if (expansion.Length > 0) // a character folding to nothing has no stretch: starts stay strictly increasing
            {
                Start(starts, origins, at, ~i);
            }

            foreach (var c in expansion)
            {
                Put(ref folded, at++, c);
            }

            i += width - 1;
        }

        var text = new string(folded, 0, at);
        if (starts is null || origins is null)
        {
            return new FoldedText(original, text, null, null); // one for one throughout
        }

        Start(starts, origins, at, original.Length);
        return new FoldedText(original, text, [.. starts], [.. origins]);
    }

    private static void Start(List<int> starts, List<int> origins, int folded, int original)
    {
        starts.Add(folded);
        origins.Add(original);
    }

    private static void Put(ref char[] folded, int at, char c)
    {
        if (at == folded.Length)
        {
            Array.Resize(ref folded, folded.Length * 2);
        }

        folded[at] = c;
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
}

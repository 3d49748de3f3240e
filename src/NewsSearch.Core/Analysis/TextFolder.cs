using System.Text;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Folds text for matching: NFKC (full-width to half-width and compatibility forms), lower case,
/// and Traditional to Simplified Chinese through ICU. Folding is done character by character from
/// a cache, so it is cheap on the hot path and keeps an exact map back to the original offsets.
/// </summary>
public sealed class TextFolder
{
    private readonly string?[] _cache = new string?[char.MaxValue + 1];
    private readonly ChineseScriptConverter _script;

    /// <summary>Creates a folder over the given script converter.</summary>
    public TextFolder(ChineseScriptConverter script) => _script = script;

    /// <summary>Folds <paramref name="original"/> and keeps the offset map.</summary>
    public FoldedText Fold(string original)
    {
        var builder = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            string folded;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                folded = FoldUncached(original.Substring(i, 2));
                width = 2;
            }
            else
            {
                folded = FoldChar(c);
            }

            foreach (var f in folded)
            {
                builder.Append(f);
                map.Add(i);
            }

            i += width - 1;
        }

        map.Add(original.Length);
        return new FoldedText(original, builder.ToString(), [.. map]);
    }

    /// <summary>Folds text without keeping offsets (facet aliases, labels, queries' display form).</summary>
    public string FoldToString(string original) => Fold(original).Text;

    private string FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? ((char)(c + 32)).ToString() : AsciiStrings[c];
        }

        return _cache[c] ??= FoldUncached(c.ToString());
    }

    private string FoldUncached(string s)
    {
        if (char.IsSurrogate(s[0]) && s.Length == 1)
        {
            return " "; // a lone surrogate is not text: fold it to a separator rather than fail
        }

        var nfkc = s.IsNormalized(NormalizationForm.FormKC) ? s : s.Normalize(NormalizationForm.FormKC);
        return _script.ToSimplified(nfkc.ToLowerInvariant());
    }

    private static readonly string[] AsciiStrings = Enumerable.Range(0, 0x80).Select(i => ((char)i).ToString()).ToArray();
}

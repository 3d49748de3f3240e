using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Reprints;

/// <summary>
/// Computes <see cref="ReprintSignature"/>s from article bodies: the body is folded like the index
/// (NFKC, lower case, Traditional to Simplified), stripped to letters and digits so punctuation,
/// spacing and paragraphing do not count, and cut into overlapping character shingles.
/// Thread-safe: it runs in the analysis workers, not in the single index writer.
/// </summary>
public sealed class ReprintSignatureBuilder
{
    // Hash function i is min over shingles of Mix(h ^ Seeds[i]): a fixed, independent-enough family.
    private static readonly ulong[] Seeds = Enumerable.Range(1, ReprintDefaults.HashCount)
        .Select(i => ShingleHash.Mix(0x5EED_0000UL + (ulong)i)).ToArray();

    private readonly TextFolder _folder;

    /// <summary>Creates a builder over the analyzer's folder.</summary>
    public ReprintSignatureBuilder(TextFolder folder) => _folder = folder;

    /// <summary>The signature of <paramref name="body"/>, or null when it is too short to compare.</summary>
    public ReprintSignature? Compute(string body)
    {
        var text = Letters(_folder.FoldToString(body));
        var shingles = text.Length - ReprintDefaults.ShingleLength + 1;
        if (shingles < ReprintDefaults.MinimumShingles)
        {
            return null;
        }

        var minima = new uint[ReprintDefaults.HashCount];
        Array.Fill(minima, uint.MaxValue);
        var seen = new HashSet<ulong>(shingles);
        ShingleHash.Rolling(text, ReprintDefaults.ShingleLength, shingle =>
        {
            if (!seen.Add(shingle))
            {
                return;
            }

            for (var f = 0; f < minima.Length; f++)
            {
                var value = (uint)(ShingleHash.Mix(shingle ^ Seeds[f]) >> 32);
                if (value < minima[f])
                {
                    minima[f] = value;
                }
            }
        });

        return new ReprintSignature(minima);
    }

    private static string Letters(string folded)
    {
        var kept = new char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept[length++] = c;
            }
        }

        return new string(kept, 0, length);
    }
}

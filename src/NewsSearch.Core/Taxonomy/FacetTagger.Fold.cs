using System.Collections.Concurrent;

namespace NewsSearch.Core.Taxonomy;

// TextFolder folds character by character but also builds an offset map the tagger never needs,
// which alone costs more than the whole matching budget. So the tagger keeps its own per-character
// cache over the same folder; only surrogates (and text that outgrows the buffer) take the slow
// path, so the result is always identical to TextFolder.FoldToString.
public sealed partial class FacetTagger
{
    private const char Expands = '\uFFFF';

    // '\0' means not folded yet; racing writers store the same value, so no lock is needed.
    private readonly char[] _foldCache = new char[char.MaxValue + 1];

    // The few characters NFKC expands (… to ..., ㈱ to (株)).
    private readonly ConcurrentDictionary<char, string> _expansions = new();

    // Room for the folded text: NFKC expansions are rare in news, so twice the length is plenty.
    private static int BufferLength(string title, string body) => 2 * (title.Length + 1 + body.Length) + 16;

    // Folds "title\nbody" (or the body alone) into buffer; returns the length, or -1 for the slow path.
    private int FoldArticle(string title, string body, char[] buffer)
    {
        var written = 0;
        if (title.Length > 0)
        {
            written = FoldInto(title, buffer, 0);
            if (written < 0 || written == buffer.Length)
            {
                return -1;
            }

            buffer[written++] = '\n';
        }

        return FoldInto(body, buffer, written);
    }

    private int FoldInto(string text, char[] buffer, int at)
    {
        var cache = _foldCache;
        foreach (var c in text)
        {
            var folded = cache[c];
            if (folded == '\0')
            {
                if (char.IsSurrogate(c))
                {
                    return -1;
                }

                var s = _folder.FoldToString(c.ToString());
                folded = s.Length == 1 && s[0] != Expands ? s[0] : Expands;
                if (folded == Expands)
                {
                    _expansions[c] = s;
                }

                if (c != '\0')
                {
                    cache[c] = folded;
                }
            }

            if (folded != Expands)
            {
                if (at == buffer.Length)
                {
                    return -1;
                }

                buffer[at++] = folded;
                continue;
            }

            var expansion = _expansions[c];
            if (at + expansion.Length > buffer.Length)
            {
                return -1;
            }

            expansion.CopyTo(buffer.AsSpan(at));
            at += expansion.Length;
        }

        return at;
    }
}

using System.Globalization;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;
using LuceneComponents = Lucene.Net.Analysis.TokenStreamComponents;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// SmartCn's hidden-Markov-model segmentation (Lucene.Net.Analysis.SmartCn) for the Han runs of the
/// text, ICU word break for everything else (Latin words, numbers, kana). SmartCn is only given Han
/// runs: it costs several times ICU per character, and it has nothing to add to Latin text.
/// </summary>
public sealed class SmartCnWordSegmenter : IWordSegmenter
{
    private const string Field = "words";

    private readonly IcuWordSegmenter _icu = new();

    // Lucene's analyzer keeps one tokenizer per thread and hands it each new reader: no tokenizer,
    // buffer or dictionary look-up structure is built per call.
    private readonly LuceneAnalyzer _hmm = LuceneAnalyzer.NewAnonymous((_, reader) => new LuceneComponents(new HMMChineseTokenizer(reader)));
    private readonly ThreadLocal<SubstringReader> _readers = new(() => new SubstringReader());

    /// <summary>Creates the segmenter and loads SmartCn's dictionaries (a few hundred milliseconds, once per process).</summary>
    public SmartCnWordSegmenter() => Segment("苏州工业园区");

    /// <inheritdoc />
    public string Name => WordSegmenters.SmartCn;

    /// <inheritdoc />
    public List<(int Start, int End)> Segment(string text)
    {
        var spans = new List<(int Start, int End)>(text.Length / 2);
        var icu = NeedsWholeTextIcu(text) ? _icu.Segment(text) : IcuOverStretches(text);
        var next = 0;
        for (var at = 0; at < text.Length;)
        {
            var han = CharClass.IsHan(text[at]);
            var stretchEnd = at + 1;
            while (stretchEnd < text.Length && CharClass.IsHan(text[stretchEnd]) == han)
            {
                stretchEnd++;
            }

            if (han)
            {
                AddHanWords(text, at, stretchEnd, spans);
            }
            else
            {
                // ICU's words of this stretch, cut at its ends (ICU may join Han to a neighbouring letter).
                while (next < icu.Count && icu[next].Start < stretchEnd)
                {
                    var (start, end) = (Math.Max(icu[next].Start, at), Math.Min(icu[next].End, stretchEnd));
                    if (end > start)
                    {
                        spans.Add((start, end));
                    }

                    if (icu[next].End > stretchEnd)
                    {
                        break;
                    }

                    next++;
                }
            }

            at = stretchEnd;
        }

        return spans;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _hmm.Dispose();
        _readers.Dispose();
        _icu.Dispose();
    }

    // ICU over each non-Han stretch that can hold a word, instead of over the whole text: ICU's
    // dictionary pass over the Han runs cost as much as a sixth of SmartCn's own time, and its words
    // there were thrown away. Word break rules join nothing across a Han character, except where ICU's
    // dictionary takes kana or supplementary-plane Han with Han as one run, or a mark or format character clings to the Han
    // before it: texts with those keep the whole-text pass, so the words are the same either way.
    private List<(int Start, int End)> IcuOverStretches(string text)
    {
        var words = new List<(int Start, int End)>();
        for (var at = 0; at < text.Length;)
        {
            if (CharClass.IsHan(text[at]))
            {
                at++;
                continue;
            }

            var end = at;
            var hasWordChar = false;
            while (end < text.Length && !CharClass.IsHan(text[end]))
            {
                hasWordChar |= char.IsLetterOrDigit(text[end]);
                end++;
            }

            if (hasWordChar)
            {
                foreach (var (start, stop) in _icu.Segment(at == 0 && end == text.Length ? text : text[at..end]))
                {
                    words.Add((start + at, stop + at));
                }
            }

            at = end;
        }

        return words;
    }

    private static bool NeedsWholeTextIcu(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c) || c is (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F'))
            {
                return true;
            }

            if (i > 0 && CharClass.IsHan(text[i - 1]) && !CharClass.IsHan(c)
                && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    private void AddHanWords(string text, int start, int end, List<(int Start, int End)> spans)
    {
        var reader = _readers.Value!;
        reader.Reset(text, start, end - start);
        var stream = _hmm.GetTokenStream(Field, reader);
        try
        {
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                spans.Add((start + offsets.StartOffset, start + offsets.EndOffset));
            }

            stream.End();
        }
        finally
        {
            stream.Dispose();
        }
    }
}

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
        var icu = _icu.Segment(text);
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

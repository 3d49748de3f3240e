using System.Text;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// The one analyzer for documents and queries: fold (NFKC, lower case, Traditional to Simplified),
/// segment into dictionary words with ICU, and add overlapping CJK bigrams so that a query matches
/// even where it and the document were segmented differently. Thread-safe.
/// </summary>
public sealed class Analyzer : IDisposable
{
    private readonly WordSegmenter _segmenter = new();
    private readonly ChineseScriptConverter _script = new();

    /// <summary>Creates the analyzer; loads libicu on first use.</summary>
    public Analyzer() => Folder = new TextFolder(_script);

    /// <summary>ICU's script conversion, shared with the folder.</summary>
    public ChineseScriptConverter Script => _script;

    /// <summary>The folding step alone, for callers that match folded strings (tagger, snippets).</summary>
    public TextFolder Folder { get; }

    /// <summary>Analyzes <paramref name="text"/> into words and grams with offsets into it.</summary>
    public AnalyzedText Analyze(string text)
    {
        var folded = Folder.Fold(text);
        var spans = _segmenter.Segment(folded.Text);
        var words = new List<Token>(spans.Count);
        var nonHanWords = new List<Token>();
        foreach (var (start, end) in spans)
        {
            var term = Sanitize(folded.Text, start, end);
            if (term.Length == 0)
            {
                continue;
            }

            var token = new Token(term, folded.ToOriginal(start), folded.ToOriginal(end));
            words.Add(token);
            if (!ContainsHan(term))
            {
                nonHanWords.Add(token);
            }
        }

        return new AnalyzedText(folded, words, BuildGrams(folded, nonHanWords));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _segmenter.Dispose();
        _script.Dispose();
    }

    // Grams follow the text: each Han run gives its bigrams and then its last character alone (so a
    // one-character query finds every occurrence as a prefix), and non-Han words sit in between.
    private static List<Token> BuildGrams(FoldedText folded, List<Token> nonHanWords)
    {
        var text = folded.Text;
        var grams = new List<Token>(text.Length);
        var next = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!CharClass.IsHan(text[i]))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < text.Length && CharClass.IsHan(text[runEnd]))
            {
                runEnd++;
            }

            var runStart = folded.ToOriginal(i);
            while (next < nonHanWords.Count && nonHanWords[next].Start < runStart)
            {
                grams.Add(nonHanWords[next++]);
            }

            for (var k = i; k < runEnd - 1; k++)
            {
                grams.Add(new Token(text.Substring(k, 2), folded.ToOriginal(k), folded.ToOriginal(k + 2)));
            }

            grams.Add(new Token(text.Substring(runEnd - 1, 1), folded.ToOriginal(runEnd - 1), folded.ToOriginal(runEnd)));
            i = runEnd;
        }

        while (next < nonHanWords.Count)
        {
            grams.Add(nonHanWords[next++]);
        }

        return grams;
    }

    // Keeps letters and digits, and a point between digits (6.6), so terms never carry syntax.
    private static string Sanitize(string text, int start, int end)
    {
        var clean = true;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)
                || (c == '.' && i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool ContainsHan(string term)
    {
        foreach (var c in term)
        {
            if (CharClass.IsHan(c))
            {
                return true;
            }
        }

        return false;
    }
}

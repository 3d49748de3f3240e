namespace NewsSearch.Core.Analysis;

/// <summary>Receives terms as spans of the folded text.</summary>
internal interface ITermSink
{
    /// <summary>A word, already known to hold only letters and digits.</summary>
    void Word(string folded, int start, int end);

    /// <summary>A word that needs cleaning (it holds punctuation such as "1,000" or "don't").</summary>
    void Word(string term, int start, int end, bool sanitized);

    /// <summary>A gram: a CJK bigram, a run's last character, or a non-CJK word.</summary>
    void Gram(string folded, int start, int end);

    /// <summary>A non-CJK word re-emitted among the grams.</summary>
    void GramWord(int wordIndex);
}

/// <summary>
/// Turns folded text and its ICU word spans into the two term streams. Grams follow the text:
/// each Han run gives its bigrams and then its last character alone (so a one-character query finds
/// every occurrence as a prefix), and non-Han words sit in between, in order.
/// </summary>
internal static class TermWalker
{
    public static void Walk(string folded, List<(int Start, int End)> spans, ITermSink sink)
    {
        var nonHan = new List<(int Start, int WordIndex)>();
        var wordIndex = 0;
        foreach (var (start, end) in spans)
        {
            var clean = true;
            var han = false;
            for (var i = start; i < end; i++)
            {
                var c = folded[i];
                clean &= char.IsLetterOrDigit(c);
                han |= CharClass.IsHan(c);
            }

            if (clean)
            {
                sink.Word(folded, start, end);
            }
            else
            {
                var term = Sanitize(folded, start, end);
                if (term.Length == 0)
                {
                    continue;
                }

                sink.Word(term, start, end, sanitized: true);
            }

            if (!han)
            {
                nonHan.Add((start, wordIndex));
            }

            wordIndex++;
        }

        var next = 0;
        var at = 0;
        while (at < folded.Length)
        {
            if (!CharClass.IsHan(folded[at]))
            {
                at++;
                continue;
            }

            var runEnd = at;
            while (runEnd < folded.Length && CharClass.IsHan(folded[runEnd]))
            {
                runEnd++;
            }

            while (next < nonHan.Count && nonHan[next].Start < at)
            {
                sink.GramWord(nonHan[next++].WordIndex);
            }

            for (var k = at; k < runEnd - 1; k++)
            {
                sink.Gram(folded, k, k + 2);
            }

            sink.Gram(folded, runEnd - 1, runEnd);
            at = runEnd;
        }

        while (next < nonHan.Count)
        {
            sink.GramWord(nonHan[next++].WordIndex);
        }
    }

    // Keeps letters and digits, and a point between digits (6.6), so terms never carry syntax.
    private static string Sanitize(string text, int start, int end)
    {
        var builder = new System.Text.StringBuilder(end - start);
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
}

namespace NewsSearch.Core.Analysis;

/// <summary>Receives terms as spans of the folded text.</summary>
internal interface ITermSink
{
    /// <summary>A word, already known to hold only letters and digits.</summary>
    void Word(string folded, int start, int end);

    /// <summary>A word that needs cleaning (it holds punctuation such as "1,000" or "don't").</summary>
    void Word(string term, int start, int end, bool sanitized);

    /// <summary>
    /// The next word does not follow the last one in the same run of Han characters (something stands
    /// between them): it takes one position more, so whole words in sequence are characters in sequence.
    /// </summary>
    void WordGap();

    /// <summary>A gram: a CJK bigram, a run's last character, or a non-CJK word.</summary>
    void Gram(string folded, int start, int end);

    /// <summary>A non-CJK word re-emitted among the grams.</summary>
    void GramWord(int wordIndex);
}

/// <summary>
/// Turns folded text and its ICU word spans into the two term streams. Grams follow the text:
/// each Han run gives its bigrams and then its last character alone (so a one-character query finds
/// every occurrence as a prefix), and non-Han words sit in between, in order. Words follow each other
/// at consecutive positions except where a Han word follows a Han word across a break in the run
/// (punctuation, a space): there a position is left out, so words in sequence in the index are
/// characters in sequence in the text, as their grams are.
/// </summary>
internal static class TermWalker
{
    public static void Walk(string folded, List<(int Start, int End)> spans, ITermSink sink)
    {
        var nonHan = new List<(int Start, int WordIndex)>();
        var wordIndex = 0;
        var lastEnd = -1;
        var lastEndsHan = false;
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

            var term = clean ? null : Sanitize(folded, start, end);
            if (term is { Length: 0 })
            {
                continue;
            }

            var startsHan = CharClass.IsHan((term ?? folded)[term is null ? start : 0]);
            if (lastEndsHan && startsHan && !(start == lastEnd && CharClass.IsHan(folded[start])))
            {
                sink.WordGap();
            }

            if (term is null)
            {
                sink.Word(folded, start, end);
            }
            else
            {
                sink.Word(term, start, end, sanitized: true);
            }

            lastEnd = end;
            lastEndsHan = CharClass.IsHan(term is null ? folded[end - 1] : term[^1]);

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

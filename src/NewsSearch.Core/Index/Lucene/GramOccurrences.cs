using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Counts occurrences of Han highlights in one segment's body from the positions of its grams, as the
/// text scan (<c>SnippetBuilder.FindMarks</c> over the folded body, overlapping marks merged) counts them.
/// </summary>
/// <remarks>
/// Why it is exact. <see cref="TermWalker"/> gives each run of Han characters c0..c(n-1) of the folded
/// body the bigrams c0c1 … c(n-2)c(n-1) then c(n-1) alone at consecutive positions p..p+n-1, and
/// nothing else of the run; every other gram (a non-Han word) holds no Han character, and the next run
/// starts after p+n-1. So character k of a run sits at position p+k, whether as the first character of
/// a bigram or as the run's last character, and:
/// <list type="bullet">
/// <item>a highlight of one Han character c occurs once per gram starting with c (a bigram cX or c alone);</item>
/// <item>a highlight h of L &gt;= 2 Han characters occurs at run offset k exactly when positions p+k ..
/// p+k+L-2 hold the bigrams h0h1 … h(L-2)h(L-1): two bigrams at consecutive positions are always
/// in the same run, the last character alone never being a bigram;</item>
/// <item>an occurrence at run offset k covers characters [k, k+L), and positions [p+k, p+k+L) lie
/// inside the run's positions [p, p+n): merging intervals of positions merges exactly the marks the
/// text scan merges, and never two from different runs.</item>
/// </list>
/// Highlights with any other character (Latin words, numbers, mixed runs) are not counted here: the
/// index holds non-Han words as the segmenter cut them and cleaned of punctuation ("1,000" is 1000,
/// "leed's" is leeds), which is not the text scan's whole word, so the caller scans their text.
/// </remarks>
internal static class GramOccurrences
{
    /// <summary>True when every highlight is made of Han characters alone (the empty ones are skipped, as the scan skips them).</summary>
    public static bool CanCount(IEnumerable<string> highlights) => highlights.All(h => h.All(CharClass.IsHan));

    /// <summary>Hands each live document of the segment holding any of <paramref name="highlights"/> to <paramref name="found"/> with its count.</summary>
    public static void Count(Terms grams, IBits? live, int maxDoc, IReadOnlyList<string> highlights, Action<int, int> found)
    {
        var words = highlights.Where(h => h.Length > 0).ToList();
        if (words.Count == 1 && !OverlapsItself(words[0]))
        {
            // Occurrences cannot overlap: each one counts, and for one or two characters the
            // frequencies of the grams are the counts without reading a position.
            var counts = new int[maxDoc];
            if (words[0].Length <= 2)
            {
                Frequencies(grams, live, words[0], counts);
            }
            else
            {
                Starts(grams, live, words[0], (doc, _) => counts[doc]++);
            }

            Report(counts, found);
            return;
        }

        var marks = new List<(int Start, int End)>?[maxDoc];
        foreach (var word in words)
        {
            Starts(grams, live, word, (doc, start) => (marks[doc] ??= []).Add((start, start + word.Length)));
        }

        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (marks[doc] is { } list)
            {
                found(doc, Merged(list));
            }
        }
    }

    // Marks merged where they overlap (not where they touch), as the concordance's scan merges them.
    private static int Merged(List<(int Start, int End)> marks)
    {
        marks.Sort();
        var count = 0;
        var end = int.MinValue;
        foreach (var (start, markEnd) in marks)
        {
            if (start < end)
            {
                end = Math.Max(end, markEnd);
            }
            else
            {
                count++;
                end = markEnd;
            }
        }

        return count;
    }

    // A word overlaps itself when a proper prefix is also a suffix (哈哈 in 哈哈哈).
    private static bool OverlapsItself(string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (word.AsSpan(0, k).SequenceEqual(word.AsSpan(word.Length - k)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(int[] counts, Action<int, int> found)
    {
        for (var doc = 0; doc < counts.Length; doc++)
        {
            if (counts[doc] > 0)
            {
                found(doc, counts[doc]);
            }
        }
    }

    // One character: the frequencies of every gram starting with it; two: of the bigram.
    private static void Frequencies(Terms grams, IBits? live, string word, int[] counts)
    {
        var terms = grams.GetEnumerator();
        DocsEnum? docs = null;
        foreach (var _ in GramsOf(terms, word))
        {
            docs = terms.Docs(live, docs, DocsFlags.FREQS);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                counts[doc] += docs.Freq;
            }
        }
    }

    // Each occurrence as (document, position of its first character), documents in any order.
    private static void Starts(Terms grams, IBits? live, string word, Action<int, int> start)
    {
        if (word.Length == 1)
        {
            var terms = grams.GetEnumerator();
            DocsAndPositionsEnum? positions = null;
            foreach (var _ in GramsOf(terms, word))
            {
                positions = terms.DocsAndPositions(live, positions, DocsAndPositionsFlags.NONE);
                for (var doc = positions.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = positions.NextDoc())
                {
                    for (var i = positions.Freq; i > 0; i--)
                    {
                        start(doc, positions.NextPosition());
                    }
                }
            }

            return;
        }

        if (BigramRun.Open(grams, live, word) is { } run)
        {
            run.Each(start);
        }
    }

    // The grams a word's occurrences are read from: every gram starting with a single character, the
    // bigram itself for two. Positions the enumerator on each in turn.
    private static IEnumerable<BytesRef> GramsOf(TermsEnum terms, string word)
    {
        var target = new BytesRef(word.Length == 1 ? word : word[..2]);
        if (word.Length > 1)
        {
            if (terms.SeekExact(target))
            {
                yield return terms.Term;
            }

            yield break;
        }

        if (terms.SeekCeil(target) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }

        do
        {
            if (!StringHelper.StartsWith(terms.Term, target))
            {
                yield break;
            }

            yield return terms.Term;
        }
        while (terms.MoveNext());
    }
}

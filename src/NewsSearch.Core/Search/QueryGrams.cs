using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Search;

/// <summary>
/// Grams for the query side. A document's Han run ends with its last character as a unigram, but a
/// query's run may continue in the document, so the query drops that final unigram; a run of one
/// character becomes a prefix instead, matching every bigram that starts with it.
/// </summary>
internal static class QueryGrams
{
    public static List<string> From(AnalyzedText analyzed, out bool endsWithPrefix)
    {
        var grams = analyzed.Grams;
        var terms = grams.Select(g => g.Term).ToList();
        endsWithPrefix = false;
        if (terms.Count == 0)
        {
            return terms;
        }

        var last = grams[^1];
        if (IsLoneHan(last.Term))
        {
            var continuesRun = grams.Count > 1 && grams[^2].End == last.End && grams[^2].Term.Length == 2;
            if (continuesRun)
            {
                terms.RemoveAt(terms.Count - 1);
            }
            else
            {
                endsWithPrefix = true;
            }
        }

        return terms;
    }

    public static List<string> OfWord(string word, out bool lone)
    {
        lone = IsLoneHan(word);
        if (word.Length < 2 || !CharClass.IsHan(word[0]))
        {
            return [word];
        }

        var grams = new List<string>(word.Length - 1);
        for (var i = 0; i < word.Length - 1; i++)
        {
            grams.Add(word.Substring(i, 2));
        }

        return grams;
    }

    private static bool IsLoneHan(string term) => term.Length == 1 && CharClass.IsHan(term[0]);
}

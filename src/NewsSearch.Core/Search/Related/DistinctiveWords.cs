using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Search.Related;

/// <summary>
/// TF-IDF over an article's dictionary words: what it says often that few other articles say.
/// Single characters and numbers are left out (they carry little topic), and so are words no other
/// article holds, since they cannot find a related article.
/// </summary>
internal static class DistinctiveWords
{
    // A title word stands for the topic more than a body word.
    private const int TitleWeight = 2;

    // Bounds the document-frequency look-ups for very long articles.
    private const int MostFrequentConsidered = 128;

    /// <summary>Term frequencies of the article's candidate words (title counted double).</summary>
    public static Dictionary<string, int> Frequencies(Analyzer analyzer, string title, string body)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        Count(analyzer.Analyze(title).Words, TitleWeight, frequencies);
        Count(analyzer.Analyze(body).Words, 1, frequencies);
        return frequencies;
    }

    /// <summary>The <paramref name="count"/> words of highest tf×idf among those another article also holds, with their weights, highest first.</summary>
    public static List<(string Word, double Weight)> Top(
        Dictionary<string, int> frequencies, Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, int>> documentFrequencies,
        int articles, int count)
    {
        var considered = frequencies
            .OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(MostFrequentConsidered)
            .Select(f => f.Key)
            .ToList();
        var df = documentFrequencies(considered);
        return considered
            .Where(w => df.GetValueOrDefault(w) >= 2)
            .Select(w => (Word: w, Weight: (1 + Math.Log(frequencies[w])) * Math.Log((double)Math.Max(articles, df[w]) / df[w])))
            .Where(w => w.Weight > 0)
            .OrderByDescending(w => w.Weight).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>The candidate words of a text, as a set.</summary>
    public static HashSet<string> Set(Analyzer analyzer, string title, string body) =>
        new(Frequencies(analyzer, title, body).Keys, StringComparer.Ordinal);

    /// <summary>Whether an analyzed word is a candidate: single characters and numbers say little of a topic.</summary>
    public static bool IsCandidate(string term) => term.Length >= 2 && !char.IsDigit(term[0]);

    private static void Count(IReadOnlyList<Token> words, int weight, Dictionary<string, int> frequencies)
    {
        foreach (var word in words)
        {
            var term = word.Term;
            if (IsCandidate(term))
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + weight;
            }
        }
    }
}

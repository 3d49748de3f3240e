namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// One article's rows of <c>word_posting</c>: every word of its title and body vectors with its
/// counts in each, and the article's length in words. Ranking reads these rows word by word,
/// the way an inverted index reads a posting list, instead of opening every matching article's vectors.
/// </summary>
internal sealed record WordPostings(string[] Words, short[] TitleCounts, short[] BodyCounts, int Length)
{
    public static WordPostings From(TsVector title, TsVector body)
    {
        var counts = new Dictionary<string, (int Title, int Body)>(StringComparer.Ordinal);
        foreach (var term in title.Terms)
        {
            var (t, b) = counts.GetValueOrDefault(term.Term);
            counts[term.Term] = (t + term.Count, b);
        }

        foreach (var term in body.Terms)
        {
            var (t, b) = counts.GetValueOrDefault(term.Term);
            counts[term.Term] = (t, b + term.Count);
        }

        return new WordPostings(
            [.. counts.Keys],
            [.. counts.Values.Select(c => Clamp(c.Title))],
            [.. counts.Values.Select(c => Clamp(c.Body))],
            title.Length + body.Length);
    }

    private static short Clamp(int count) => (short)Math.Min(count, short.MaxValue);
}

using System.Globalization;
using System.Text;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// BM25 over <c>word_posting</c>, term-major: for each query word the scan reads only that word's
/// entries (an index-only scan of the covering key), never an article's vectors. The formula is
/// FTS5's (k1 = 1.2, b = 0.75, a term's frequency weighted by column, idf floored at 1e-6), over
/// the word columns: a phrase counts as its words, and grams do not score.
/// </summary>
internal static class WordBm25
{
    /// <summary>A word to score and where (title only, or title and body).</summary>
    public readonly record struct ScoredWord(string Word, QueryField Field);

    /// <summary>Column weights: the SQLite engine's for search, and for related articles.</summary>
    public readonly record struct Weights(double Title, double Body);

    public static readonly Weights Search = new(8, 2);
    public static readonly Weights Related = new(4, 1);

    /// <summary>
    /// A query of <c>(article, score)</c> for every article holding at least one of
    /// <paramref name="words"/>, with the words bound as <c>@w0</c>, <c>@w1</c>, ... in
    /// <paramref name="parameters"/>.
    /// </summary>
    public static string Sql(IReadOnlyList<ScoredWord> words, Weights weights, out IReadOnlyDictionary<string, string> parameters)
    {
        var bound = new Dictionary<string, string>(StringComparer.Ordinal);
        parameters = bound;
        var title = weights.Title.ToString(CultureInfo.InvariantCulture);
        var body = weights.Body.ToString(CultureInfo.InvariantCulture);
        var arms = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var name = "w" + i.ToString(CultureInfo.InvariantCulture);
            bound[name] = PostgresText.Safe(words[i].Word);
            var frequency = words[i].Field == QueryField.Title ? $"{title} * title_count" : $"{title} * title_count + {body} * body_count";
            arms.Append(i == 0 ? "" : " UNION ALL ")
                .Append(CultureInfo.InvariantCulture, $"SELECT {i} AS term, article, ({frequency})::float8 AS f, word_count FROM word_posting WHERE word = @{name}");
        }

        return $"""
            WITH posting AS MATERIALIZED ({arms}),
            frequency AS (SELECT term, count(*)::float8 AS n FROM posting WHERE f > 0 GROUP BY term),
            totals AS (SELECT greatest(max(value::float8) FILTER (WHERE key = 'article_count'), 1) AS articles,
                              greatest(max(value::float8) FILTER (WHERE key = 'word_total'), 1) AS words
                       FROM meta WHERE key IN ('article_count', 'word_total'))
            SELECT p.article, sum(greatest(ln((t.articles - d.n + 0.5) / (d.n + 0.5)), 1e-6)
                   * p.f * 2.2 / (p.f + 1.2 * (0.25 + 0.75 * p.word_count * t.articles / t.words)))::float8 AS score
            FROM posting p JOIN frequency d USING (term) CROSS JOIN totals t
            WHERE p.f > 0
            GROUP BY p.article
            """;
    }

    /// <summary>The words a query scores with: its positive words and its phrases' words, with their fields.</summary>
    public static List<ScoredWord> WordsOf(QueryNode node)
    {
        var words = new List<ScoredWord>();
        Collect(node, words);
        return words.Distinct().ToList();
    }

    private static void Collect(QueryNode node, List<ScoredWord> words)
    {
        switch (node)
        {
            case WordClause { Field: not QueryField.Source } word:
                words.Add(new ScoredWord(word.Word, word.Field));
                break;
            case PhraseClause { Field: not QueryField.Source } phrase:
                words.AddRange(phrase.Words.Select(w => new ScoredWord(w, phrase.Field)));
                break;
            case AnyClause any:
                foreach (var clause in any.Clauses)
                {
                    Collect(clause, words);
                }

                break;
            case AllClause all:
                foreach (var clause in all.Clauses.Where(c => c is not NotClause))
                {
                    Collect(clause, words);
                }

                break;
        }
    }
}

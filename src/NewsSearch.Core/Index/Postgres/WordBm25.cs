using Npgsql;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// BM25 over <c>word_posting</c>, term-major: for each query word the scan reads only that word's
/// entries (an index-only scan of the covering key), never an article's vectors. The formula is
/// BM25 with k1 = 1.2, b = 0.75, a term's frequency weighted by column and Lucene's idf,
/// ln(1 + (N - n + 0.5) / (n + 0.5)), which stays above zero for a word every article holds (the
/// classic idf floored at 1e-6 scored such matches 0 and left their order to chance), over the word
/// columns: a phrase counts as its words, and grams do not score.
/// </summary>
internal static class WordBm25
{
    /// <summary>A word to score and where (title only, or title and body).</summary>
    public readonly record struct ScoredWord(string Word, QueryField Field);

    /// <summary>Column weights: one set for search, one for related articles.</summary>
    public readonly record struct Weights(double Title, double Body);

    public static readonly Weights Search = new(8, 2);
    public static readonly Weights Related = new(4, 1);

    /// <summary>
    /// The score of every article holding at least one of <paramref name="words"/>. PostgreSQL reads
    /// each word's postings (an index-only scan) and the totals; the sum is done here, on the API
    /// node, which scales out, rather than on the database, which a search waits for.
    /// </summary>
    public static Dictionary<long, double> Score(NpgsqlConnection connection, IReadOnlyList<ScoredWord> words, Weights weights)
    {
        using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "SELECT greatest(max(value::float8) FILTER (WHERE key = 'article_count'), 1), greatest(max(value::float8) FILTER (WHERE key = 'word_total'), 1) " +
            "FROM meta WHERE key IN ('article_count', 'word_total')"));
        foreach (var word in words)
        {
            var command = new NpgsqlBatchCommand("SELECT article, title_count, body_count, word_count FROM word_posting WHERE word = @w");
            command.Parameters.AddWithValue("w", PostgresText.Safe(word.Word));
            batch.BatchCommands.Add(command);
        }

        var scores = new Dictionary<long, double>();
        using var reader = batch.ExecuteReader();
        reader.Read();
        var (articles, total) = (reader.GetDouble(0), reader.GetDouble(1));
        var postings = new List<(long Article, double Frequency, int Length)>();
        foreach (var word in words)
        {
            reader.NextResult();
            postings.Clear();
            var bodyWeight = word.Field == QueryField.Title ? 0 : weights.Body;
            while (reader.Read())
            {
                var frequency = (weights.Title * reader.GetInt16(1)) + (bodyWeight * reader.GetInt16(2));
                if (frequency > 0)
                {
                    postings.Add((reader.GetInt64(0), frequency, reader.GetInt32(3)));
                }
            }

            var idf = Math.Log(1 + ((articles - postings.Count + 0.5) / (postings.Count + 0.5)));
            foreach (var (article, f, length) in postings)
            {
                scores[article] = scores.GetValueOrDefault(article) + (idf * f * 2.2 / (f + (1.2 * (0.25 + (0.75 * length * articles / total)))));
            }
        }

        return scores;
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

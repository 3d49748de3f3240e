using System.Text.RegularExpressions;
using Npgsql;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Postgres;

public sealed partial class PostgresArticleIndex
{
    // Matching reads the postings' covering keys (index-only scans) and source_grams' GIN index.
    // Left to itself the planner may scan every article row instead (it cannot know their vectors are
    // large and out of line), and JIT compiles such plans for longer than they run. A run's grams are
    // merged, never looked up article by article: the planner underestimates common grams' postings
    // and picks nested loops that took twice as long (at 20,000 articles, 苏州工业园区: 95-116 ms
    // against 27-62), and in the order written, which needs no search of join orders. Parallel
    // workers are off: measured on the rechecks of an earlier layout, they took 15% off the mix's
    // p99 at 100k articles but added 30% to its p50 and 46% to the database CPU per search.
    private const string IndexMatching =
        "SET LOCAL jit = off; SET LOCAL enable_seqscan = off; SET LOCAL enable_nestloop = off; SET LOCAL join_collapse_limit = 1; " +
        "SET LOCAL max_parallel_workers_per_gather = 0";

    /// <inheritdoc />
    public IReadOnlyList<ScoredMatch> Match(ParsedQuery query, bool scored = true)
    {
        if (query.Root is not { } root)
        {
            throw new ArgumentException("A browse query has nothing to match; use the catalog.", nameof(query));
        }

        if (PostingQueryBuilder.IsNegativeOnly(root))
        {
            return InMatchingTransaction((connection, sql) =>
            {
                var everythingBut = $"SELECT key FROM article EXCEPT {sql.Excluded(root)}";
                Execute(connection, IndexMatching);
                return Keys(connection, everythingBut, sql).Select(k => new ScoredMatch(k, 0, OnWords: true)).ToList();
            });
        }

        if (!scored)
        {
            return InMatchingTransaction((connection, sql) =>
            {
                var full = sql.Full(root);
                Execute(connection, IndexMatching);
                return Keys(connection, full, sql).Select(k => new ScoredMatch(k, 0, OnWords: false)).ToList();
            });
        }

        var words = WordBm25.WordsOf(root);
        return InMatchingTransaction((connection, sql) =>
        {
            var full = sql.Full(root);
            var whole = sql.WholeWords(root);
            var gramRank = sql.GramRank(root);
            Execute(connection, IndexMatching);
            var matched = Keys(connection, full, sql);
            var onWords = Keys(connection, whole, sql).ToHashSet();
            var wordScores = words.Count == 0 ? new Dictionary<long, double>() : WordBm25.Score(connection, words, WordBm25.Search);
            var gramOnly = matched.Where(k => !onWords.Contains(k)).ToArray();
            var gramScores = gramOnly.Length == 0 ? new Dictionary<long, double>() : GramScores(connection, gramRank, sql, gramOnly);
            return matched.Select(k => onWords.Contains(k)
                ? new ScoredMatch(k, wordScores.GetValueOrDefault(k), OnWords: true)
                : new ScoredMatch(k, gramScores.GetValueOrDefault(k), OnWords: false)).ToList();
        });
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> DocumentFrequencies(IReadOnlyCollection<string> words)
    {
        if (words.Count == 0)
        {
            return new Dictionary<string, int>(StringComparer.Ordinal);
        }

        return Read(connection =>
        {
            using var command = new NpgsqlCommand("SELECT word, count(*)::int FROM word_posting WHERE word = ANY(@words) GROUP BY word", connection);
            command.Parameters.AddWithValue("words", words.Select(PostgresText.Safe).Distinct(StringComparer.Ordinal).ToArray());
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                frequencies[reader.GetString(0)] = reader.GetInt32(1);
            }

            return (IReadOnlyDictionary<string, int>)frequencies;
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<ScoredMatch> MatchAnyWord(IReadOnlyCollection<string> words, int limit)
    {
        if (words.Count == 0 || limit <= 0)
        {
            return [];
        }

        var scored = words.Distinct(StringComparer.Ordinal).Select(w => new WordBm25.ScoredWord(w, QueryField.All)).ToList();
        return Read(connection => (IReadOnlyList<ScoredMatch>)WordBm25.Score(connection, scored, WordBm25.Related)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(limit)
            .Select(s => new ScoredMatch(s.Key, s.Value, OnWords: true)).ToList());
    }

    /// <inheritdoc />
    public IReadOnlyList<WordCount> TitleWordsStartingWith(string prefix, int limit)
    {
        if (prefix.Length == 0 || limit <= 0)
        {
            return [];
        }

        return Read(connection =>
        {
            // The word column sorts by code point ("C"), so [prefix, prefix + U+10FFFF) is exactly the words starting with it.
            using var command = new NpgsqlCommand(
                "SELECT word, count(*)::int AS articles FROM title_word WHERE word >= @from AND word < @to " +
                "GROUP BY word ORDER BY articles DESC, word LIMIT @limit", connection);
            command.Parameters.AddWithValue("from", PostgresText.Safe(prefix)!);
            command.Parameters.AddWithValue("to", PostgresText.Safe(prefix + "\U0010FFFF")!);
            command.Parameters.AddWithValue("limit", limit);
            var found = new List<WordCount>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add(new WordCount(reader.GetString(0), reader.GetInt32(1)));
            }

            return (IReadOnlyList<WordCount>)found;
        });
    }

    // One snapshot for every statement of a search, read from a standby when there is one; SET LOCAL
    // settings end with the transaction.
    private IReadOnlyList<ScoredMatch> InMatchingTransaction(Func<NpgsqlConnection, PostingQueryBuilder, List<ScoredMatch>> match) => Read(connection =>
    {
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var matches = match(connection, new PostingQueryBuilder());
        transaction.Commit();
        return (IReadOnlyList<ScoredMatch>)matches;
    });

    private static List<long> Keys(NpgsqlConnection connection, string text, PostingQueryBuilder sql)
    {
        using var command = new NpgsqlCommand(text, connection);
        Bind(command, sql);
        var keys = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetInt64(0));
        }

        return keys;
    }

    // Articles matched through grams only, ranked from the query's grams' postings.
    private static Dictionary<long, double> GramScores(NpgsqlConnection connection, string rank, PostingQueryBuilder sql, long[] keys)
    {
        using var command = new NpgsqlCommand(rank, connection);
        Bind(command, sql);
        command.Parameters.AddWithValue("keys", keys);
        return ReadScores(command);
    }

    private static Dictionary<long, double> ReadScores(NpgsqlCommand command)
    {
        var scores = new Dictionary<long, double>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            scores[reader.GetInt64(0)] = reader.GetDouble(1);
        }

        return scores;
    }

    // Only the parameters the statement names (@t1 is not @t10).
    private static void Bind(NpgsqlCommand command, PostingQueryBuilder sql)
    {
        foreach (var (name, value) in sql.Parameters)
        {
            if (Regex.IsMatch(command.CommandText, Regex.Escape(name) + @"(?![0-9A-Za-z_])"))
            {
                command.Parameters.AddWithValue(name.TrimStart('@'), value);
            }
        }
    }
}

using Npgsql;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Postgres;

public sealed partial class PostgresArticleIndex
{
    /// <inheritdoc />
    public IReadOnlyList<ScoredMatch> Match(ParsedQuery query, bool scored = true)
    {
        if (query.Root is not { } root)
        {
            throw new ArgumentException("A browse query has nothing to match; use the catalog.", nameof(query));
        }

        var sql = new TsQueryBuilder();
        string text;
        if (TsQueryBuilder.IsNegativeOnly(root))
        {
            text = $"SELECT key, 0.0::float8, true FROM article WHERE NOT {sql.Excluded(root)}";
        }
        else if (!scored)
        {
            text = $"SELECT key, 0.0::float8, false FROM article WHERE {sql.Full(root)}";
        }
        else
        {
            text = $"SELECT key, {sql.Rank(root)}::float8, {sql.WholeWords(root)} FROM article WHERE {sql.Full(root)}";
        }

        return Read(connection =>
        {
            using var command = Command(connection, text, sql);
            var matches = new List<ScoredMatch>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                matches.Add(new ScoredMatch(reader.GetInt64(0), reader.GetDouble(1), reader.GetBoolean(2)));
            }

            return (IReadOnlyList<ScoredMatch>)matches;
        });
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> DocumentFrequencies(IReadOnlyCollection<string> words)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return frequencies;
        }

        return Read(connection =>
        {
            using var command = new NpgsqlCommand(
                "SELECT count(*) FROM article WHERE title_words @@ @q::tsquery OR body_words @@ @q::tsquery", connection);
            var parameter = new NpgsqlParameter<string>("q", "");
            command.Parameters.Add(parameter);
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                parameter.TypedValue = TsVectorText.Quote(word);
                if (command.ExecuteScalar() is long count and > 0)
                {
                    frequencies[word] = (int)count;
                }
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

        var sql = new TsQueryBuilder();
        var any = sql.AnyWordQuery(words);
        var text = $"SELECT key, (4 * ts_rank(title_words, {any}) + ts_rank(body_words, {any}, 1))::float8 AS score FROM article " +
            $"WHERE title_words @@ {any} OR body_words @@ {any} ORDER BY score DESC, key LIMIT @limit";
        return Read(connection =>
        {
            using var command = Command(connection, text, sql);
            command.Parameters.AddWithValue("limit", limit);
            var matches = new List<ScoredMatch>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                matches.Add(new ScoredMatch(reader.GetInt64(0), reader.GetDouble(1), OnWords: true));
            }

            return (IReadOnlyList<ScoredMatch>)matches;
        });
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

    private static NpgsqlCommand Command(NpgsqlConnection connection, string text, TsQueryBuilder sql)
    {
        var command = new NpgsqlCommand(text, connection);
        foreach (var (name, tsquery) in sql.Parameters)
        {
            command.Parameters.AddWithValue(name.TrimStart('@'), tsquery);
        }

        return command;
    }
}

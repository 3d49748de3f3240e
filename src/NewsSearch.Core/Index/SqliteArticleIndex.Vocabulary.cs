using System.Text;

namespace NewsSearch.Core.Index;

public sealed partial class SqliteArticleIndex
{
    // bm25 over the word columns only: title words count four times body words.
    private const string WordsBm25 = "bm25(article_text, 4.0, 0.0, 1.0, 0.0, 0.0)";

    // Sorts after every character, so [prefix, prefix + Last) holds exactly the terms starting with prefix.
    private const string Last = "\U0010FFFF";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> DocumentFrequencies(IReadOnlyCollection<string> words)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return frequencies;
        }

        using var connection = OpenConnection();
        using var snapshot = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        // Counting a match walks only the word's document list, where the vocabulary view also
        // decodes every position (half the time at 100,000 articles), and it counts an article
        // holding the word in both title and body once.
        command.CommandText = "SELECT count(*) FROM article_text WHERE article_text MATCH $match";
        var match = command.Parameters.Add("$match", Microsoft.Data.Sqlite.SqliteType.Text);
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            match.Value = $"{{{IndexSchema.Columns.TitleWords} {IndexSchema.Columns.BodyWords}}} : \"{word.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            if (command.ExecuteScalar() is long count and > 0)
            {
                frequencies[word] = (int)count;
            }
        }

        return frequencies;
    }

    /// <inheritdoc />
    public IReadOnlyList<ScoredMatch> MatchAnyWord(IReadOnlyCollection<string> words, int limit)
    {
        var matches = new List<ScoredMatch>();
        if (words.Count == 0 || limit <= 0)
        {
            return matches;
        }

        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, {WordsBm25} AS score FROM article_text WHERE article_text MATCH $q ORDER BY score LIMIT $limit";
        command.Parameters.AddWithValue("$q", AnyWord(words));
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            matches.Add(new ScoredMatch(reader.GetInt64(0), -reader.GetDouble(1), OnWords: true));
        }

        return matches;
    }

    /// <inheritdoc />
    public IReadOnlyList<WordCount> TitleWordsStartingWith(string prefix, int limit)
    {
        var words = new List<WordCount>();
        if (prefix.Length == 0 || limit <= 0)
        {
            return words;
        }

        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, doc FROM article_vocab WHERE term >= $from AND term < $to AND col = $col " +
            "ORDER BY doc DESC, term LIMIT $limit";
        command.Parameters.AddWithValue("$from", prefix);
        command.Parameters.AddWithValue("$to", prefix + Last);
        command.Parameters.AddWithValue("$col", IndexSchema.Columns.TitleWords);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            words.Add(new WordCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return words;
    }

    // {title_words body_words} : ("a" OR "b" ...), every term quoted so none can become syntax.
    private static string AnyWord(IEnumerable<string> words)
    {
        var builder = new StringBuilder($"{{{IndexSchema.Columns.TitleWords} {IndexSchema.Columns.BodyWords}}} : (");
        var first = true;
        foreach (var word in words)
        {
            builder.Append(first ? "\"" : " OR \"").Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            first = false;
        }

        return builder.Append(')').ToString();
    }
}

using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index;

public sealed partial class SqliteArticleIndex
{
    /// <inheritdoc />
    public IReadOnlyList<ScoredMatch> Match(ParsedQuery query, bool scored = true)
    {
        if (query.Root is not { } root)
        {
            throw new ArgumentException("A browse query has nothing to match; use the catalog.", nameof(query));
        }

        using var connection = OpenConnection();
        using var snapshot = connection.BeginTransaction(deferred: true);
        var matches = new List<ScoredMatch>();
        if (Fts5QueryBuilder.IsNegativeOnly(root))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid FROM article WHERE rowid NOT IN (SELECT rowid FROM article_text WHERE article_text MATCH $q)";
            command.Parameters.AddWithValue("$q", Fts5QueryBuilder.Excluded(root));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                matches.Add(new ScoredMatch(reader.GetInt64(0), 0, OnWords: true));
            }

            return matches;
        }

        if (!scored)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid FROM article_text WHERE article_text MATCH $q";
            command.Parameters.AddWithValue("$q", Fts5QueryBuilder.Full(root));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                matches.Add(new ScoredMatch(reader.GetInt64(0), 0, OnWords: false));
            }

            return matches;
        }

        var onWords = new HashSet<long>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT rowid FROM article_text WHERE article_text MATCH $q";
            command.Parameters.AddWithValue("$q", Fts5QueryBuilder.WholeWords(root));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                onWords.Add(reader.GetInt64(0));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT rowid, {Bm25} FROM article_text WHERE article_text MATCH $q";
            command.Parameters.AddWithValue("$q", Fts5QueryBuilder.Full(root));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = reader.GetInt64(0);
                matches.Add(new ScoredMatch(key, -reader.GetDouble(1), onWords.Contains(key)));
            }
        }

        return matches;
    }
}

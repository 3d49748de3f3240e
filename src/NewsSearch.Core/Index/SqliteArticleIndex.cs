using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index;

/// <summary>
/// The embedded engine: one SQLite file in WAL mode with an FTS5 table of analyzed words and
/// bigrams. Readers use pooled connections and never block the single writer, or each other.
/// </summary>
public sealed partial class SqliteArticleIndex : IArticleIndex
{
    // bm25 weights in column order: title words, title grams, body words, body grams, source grams.
    internal const string Bm25 = "bm25(article_text, 8.0, 4.0, 2.0, 1.0, 1.0)";

    private readonly string _connectionString;
    private readonly Lock _watchGate = new();
    private SqliteConnection? _watch;
    private long _dataVersion = long.MinValue;
    private long _generation;

    private SqliteArticleIndex(string path)
    {
        Location = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <inheritdoc />
    public string Engine => ArticleIndexes.Sqlite;

    /// <inheritdoc />
    /// <remarks>Always ICU: this engine records no segmenter, and every index of it was built with ICU.</remarks>
    public string Segmenter => Analysis.WordSegmenters.Icu;

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    /// <remarks>
    /// Asked before every search, so it reads SQLite's in-memory <c>data_version</c> on one kept
    /// connection and only goes to the meta table when some connection has committed since.
    /// </remarks>
    public long Generation
    {
        get
        {
            lock (_watchGate)
            {
                if (_watch is null)
                {
                    _watch = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
                    _watch.Open();
                }

                var version = Scalar<long>(_watch, "PRAGMA data_version");
                if (version != _dataVersion)
                {
                    _generation = Scalar<long>(_watch, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'");
                    _dataVersion = version;
                }

                return _generation;
            }
        }
    }

    /// <summary>
    /// Opens the index at <paramref name="path"/>, creating it when missing. With
    /// <paramref name="rebuild"/> any existing file is deleted first. Throws
    /// <see cref="IndexVersionException"/> for a file of another schema version.
    /// </summary>
    public static SqliteArticleIndex Open(string path, bool rebuild = false)
    {
        var full = Path.GetFullPath(path);
        if (rebuild)
        {
            Delete(full);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var index = new SqliteArticleIndex(full);
        index.EnsureSchema();
        return index;
    }

    /// <summary>Deletes an index file and its WAL companions.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <inheritdoc />
    public IIndexBatch BeginBatch() => new SqliteIndexBatch(OpenConnection());

    /// <inheritdoc />
    public Article? Find(string id)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"{ArticleRows.Select} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        var row = ArticleRows.ReadAll(command).FirstOrDefault();
        return row.Article is null ? null : row.Article with { Tags = LoadTags(connection, $"[{row.Key}]").GetValueOrDefault(row.Key, ArticleTags.Empty) };
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<long, Article> Fetch(IReadOnlyList<long> keys)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<long, Article>();
        }

        using var connection = OpenConnection();
        using var snapshot = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.CommandText = $"{ArticleRows.Select} WHERE rowid IN (SELECT value FROM json_each($keys))";
        command.Parameters.AddWithValue("$keys", "[" + string.Join(',', keys) + "]");
        var tags = LoadTags(connection, "[" + string.Join(',', keys) + "]");
        return ArticleRows.ReadAll(command).ToDictionary(r => r.Key, r => r.Article with { Tags = tags.GetValueOrDefault(r.Key, ArticleTags.Empty) });
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ContentHashes(IReadOnlyCollection<string> ids)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, content_hash FROM article WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        return ArticleRows.ReadContentHashes(command);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, SourceFileRecord> SourceFiles()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, hash, article_count, indexed_at FROM source_file";
        return ArticleRows.ReadSourceFiles(command);
    }

    /// <inheritdoc />
    public ArticleCatalog LoadCatalog()
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: true); // one consistent snapshot
        var builder = new ArticleCatalogBuilder();
        var generation = Scalar<long>(connection, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'");
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT rowid, published, source, reprint_group FROM article";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var day = reader.IsDBNull(1) ? (DateOnly?)null : DateOnly.FromDayNumber(reader.GetInt32(1));
                builder.AddArticle(reader.GetInt64(0), day, reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article, dimension, value FROM article_tag";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                builder.AddTag(reader.GetInt64(0), (FacetDimension)reader.GetInt32(1), reader.GetString(2));
            }
        }

        return builder.Build(generation);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> CheckIntegrity()
    {
        using var connection = OpenConnection();
        var problems = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA integrity_check";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var line = reader.GetString(0);
                if (line != "ok")
                {
                    problems.Add(line);
                }
            }
        }

        try
        {
            Execute(connection, "INSERT INTO article_text(article_text, rank) VALUES('integrity-check', 0)");
        }
        catch (SqliteException e)
        {
            problems.Add("fts5: " + e.Message);
        }

        return problems;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_watchGate)
        {
            _watch?.Dispose();
            _watch = null;
        }

        // Pooled connections hold the file open; release them so the file can be moved or deleted.
        SqliteConnection.ClearAllPools();
    }

    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    // The tags of several articles in one query (keys as a JSON array).
    private static Dictionary<long, ArticleTags> LoadTags(SqliteConnection connection, string keys)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT article, dimension, value, mentions FROM article_tag " +
            "WHERE article IN (SELECT value FROM json_each($keys)) ORDER BY article, mentions DESC, value";
        command.Parameters.AddWithValue("$keys", keys);
        return ArticleRows.ReadTags(command);
    }

    private T Scalar<T>(string sql)
    {
        using var connection = OpenConnection();
        return Scalar<T>(connection, sql);
    }

    internal static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

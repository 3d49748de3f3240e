using System.Globalization;
using Npgsql;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// The index on PostgreSQL: the same analyzed terms as the Lucene.Net engine, stored as tsvectors with
/// GIN indexes. With a multi-host connection string, writes go to the primary and reads prefer a
/// hot standby (Npgsql's target session attributes), so searches go on while the primary is down.
/// </summary>
public sealed partial class PostgresArticleIndex : IArticleIndex
{
    private readonly NpgsqlMultiHostDataSource _source;
    private readonly NpgsqlDataSource _writes;
    private readonly NpgsqlDataSource _reads;
    private readonly Polly.ResiliencePipeline _resilience;

    private PostgresArticleIndex(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        _source = builder.BuildMultiHost();
        _writes = _source.WithTargetSession(TargetSessionAttributes.Primary);
        _reads = _source.WithTargetSession(TargetSessionAttributes.PreferStandby);
        _resilience = PostgresResilience.For(_source);
        Location = Describe(connectionString);
    }

    /// <inheritdoc />
    public string Engine => ArticleIndexes.Postgres;

    /// <inheritdoc />
    /// <remarks>Always ICU: this engine records no segmenter, and every index of it was built with ICU.</remarks>
    public string Segmenter => Analysis.WordSegmenters.Icu;

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>
    /// The hosts, database and (when set) search path of a connection string, for messages: never
    /// its password. The search path names the schema holding the tables, so two indexes in one
    /// database are told apart. An unreadable string is said to be so rather than echoed.
    /// </summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString);
            var schema = string.IsNullOrEmpty(settings.SearchPath) ? "" : $"?search_path={settings.SearchPath}";
            return $"postgres://{settings.Host}/{settings.Database}{schema}";
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }

    /// <inheritdoc />
    public long Generation => Read(connection => Scalar<long>(connection, "SELECT value::bigint FROM meta WHERE key = 'generation'"));

    /// <summary>
    /// Opens the index behind <paramref name="connectionString"/> (one host, or several: the primary
    /// and its standbys), creating its tables in the connection's schema when missing. With
    /// <paramref name="rebuild"/> existing tables are dropped first. Throws
    /// <see cref="IndexVersionException"/> for tables of another schema version.
    /// </summary>
    public static PostgresArticleIndex Open(string connectionString, bool rebuild = false)
    {
        var index = new PostgresArticleIndex(connectionString);
        try
        {
            index.EnsureSchema(rebuild);
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    /// <exception cref="IndexUnavailableException">No primary answered, after retries.</exception>
    public IIndexBatch BeginBatch()
    {
        try
        {
            return _resilience.Execute(() => new PostgresIndexBatch(_writes.OpenConnection()));
        }
        catch (NpgsqlException e) when (PostgresResilience.IsTransient(e))
        {
            throw new IndexUnavailableException($"No PostgreSQL primary of {Location} accepts writes now: {e.Message}", e);
        }
        catch (TimeoutException e)
        {
            throw new IndexUnavailableException($"No PostgreSQL primary of {Location} answered in time: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public Article? Find(string id) => Read(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT key, {ArticleRows.Columns} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", PostgresText.Safe(id)!);
        var row = ArticleRows.ReadAll(command).FirstOrDefault();
        return row.Article is null ? null : row.Article with { Tags = LoadTags(connection, [row.Key]).GetValueOrDefault(row.Key, ArticleTags.Empty) };
    });

    /// <inheritdoc />
    /// <remarks>The origin is a column of the article's row: read either way.</remarks>
    public IReadOnlyDictionary<long, Article> Fetch(IReadOnlyList<long> keys, bool withOrigin = true)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<long, Article>();
        }

        return Read(connection =>
        {
            using var command = new NpgsqlCommand($"SELECT key, {ArticleRows.Columns} WHERE key = ANY(@keys)", connection);
            command.Parameters.AddWithValue("keys", keys.ToArray());
            var tags = LoadTags(connection, keys.ToArray());
            return (IReadOnlyDictionary<long, Article>)ArticleRows.ReadAll(command)
                .ToDictionary(r => r.Key, r => r.Article with { Tags = tags.GetValueOrDefault(r.Key, ArticleTags.Empty) });
        });
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ContentHashes(IReadOnlyCollection<string> ids) => Read(connection =>
    {
        using var command = new NpgsqlCommand("SELECT id, content_hash FROM article WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", PostgresText.Safe(ids.ToArray())!);
        return (IReadOnlyDictionary<string, string>)ArticleRows.ReadContentHashes(command);
    });

    /// <inheritdoc />
    /// <remarks>Read from the primary: the indexer decides what to write from it.</remarks>
    public IReadOnlyDictionary<string, SourceFileRecord> SourceFiles() => _resilience.Execute(() =>
    {
        using var connection = _writes.OpenConnection();
        using var command = new NpgsqlCommand("SELECT path, hash, article_count, indexed_at FROM source_file", connection);
        return (IReadOnlyDictionary<string, SourceFileRecord>)ArticleRows.ReadSourceFiles(command);
    });

    /// <inheritdoc />
    public ArticleCatalog LoadCatalog() => Read(connection =>
    {
        // One snapshot for the generation, the articles and their tags.
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var builder = new ArticleCatalogBuilder();
        var generation = Scalar<long>(connection, "SELECT value::bigint FROM meta WHERE key = 'generation'");
        using (var command = new NpgsqlCommand("SELECT key, published, source, reprint_group FROM article", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var day = reader.IsDBNull(1) ? (DateOnly?)null : DateOnly.FromDayNumber(reader.GetInt32(1));
                builder.AddArticle(reader.GetInt64(0), day, reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
            }
        }

        using (var command = new NpgsqlCommand("SELECT article, dimension, value FROM article_tag", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                builder.AddTag(reader.GetInt64(0), (FacetDimension)reader.GetInt32(1), reader.GetString(2));
            }
        }

        transaction.Commit();
        return builder.Build(generation);
    });

    /// <inheritdoc />
    /// <remarks>
    /// Checks what the schema's constraints cannot: a generation is recorded, reprint groups have
    /// their leader, and the word and gram postings and totals agree with the articles. Reads every vector: slow on large indexes.
    /// </remarks>
    public IReadOnlyList<string> CheckIntegrity() => Read(connection =>
    {
        var problems = new List<string>();
        if (Scalar<long>(connection, "SELECT count(*) FROM meta WHERE key = 'generation'") != 1)
        {
            problems.Add("meta: no generation");
        }

        var orphans = Scalar<long>(connection, "SELECT count(*) FROM article a WHERE reprint_group IS NOT NULL AND NOT EXISTS (SELECT 1 FROM article l WHERE l.key = a.reprint_group)");
        if (orphans > 0)
        {
            problems.Add($"article: {orphans} reprints whose group leader is gone");
        }

        // The postings searches read must be exactly the vectors' lexemes, and the totals their sums.
        CheckPostings(connection, "word_posting", "title_words || body_words", "words in the articles' vectors", problems);
        CheckPostings(connection, "gram_posting", "title_grams || body_grams", "grams in the articles' titles and bodies", problems);

        var totals = Scalar<string>(connection,
            "SELECT (SELECT count(*) FROM article) || ' ' || (SELECT coalesce(sum(word_count), 0) FROM article) || ' / ' || " +
            "(SELECT value FROM meta WHERE key = 'article_count') || ' ' || (SELECT value FROM meta WHERE key = 'word_total')");
        var halves = totals.Split(" / ");
        if (halves[0] != halves[1])
        {
            problems.Add($"meta: article and word totals {halves[1]}, the articles have {halves[0]}");
        }

        return (IReadOnlyList<string>)problems;
    });

    /// <inheritdoc />
    public void Dispose() => _source.Dispose();

    private static void CheckPostings(NpgsqlConnection connection, string table, string vectors, string what, List<string> problems)
    {
        var rows = Scalar<long>(connection, $"SELECT count(*) FROM {table}");
        var lexemes = Scalar<long>(connection, $"SELECT coalesce(sum(length({vectors})), 0) FROM article");
        if (rows != lexemes)
        {
            problems.Add($"{table}: {rows} rows for {lexemes} {what}");
        }

        var stray = Scalar<long>(connection, $"SELECT count(*) FROM {table} p WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.key = p.article)");
        if (stray > 0)
        {
            problems.Add($"{table}: {stray} rows whose article is gone");
        }
    }

    internal static T Scalar<T>(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    internal static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    // Reads prefer a standby and are retried on transient errors, each attempt on a fresh connection.
    private T Read<T>(Func<NpgsqlConnection, T> read) => _resilience.Execute(() =>
    {
        using var connection = _reads.OpenConnection();
        return read(connection);
    });

    private static Dictionary<long, ArticleTags> LoadTags(NpgsqlConnection connection, long[] keys)
    {
        using var command = new NpgsqlCommand(
            "SELECT article, dimension, value, mentions FROM article_tag WHERE article = ANY(@keys) ORDER BY article, mentions DESC, value COLLATE \"C\"",
            connection);
        command.Parameters.AddWithValue("keys", keys);
        return ArticleRows.ReadTags(command);
    }
}

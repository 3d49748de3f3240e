using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// One write transaction on the primary. The writers' advisory lock is held until it ends, so
/// batches from the indexer and the service never interleave; the generation is bumped on commit
/// so every reader (on the primary or a standby) knows to refresh its catalog.
/// </summary>
internal sealed partial class PostgresIndexBatch : IIndexBatch
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private bool _committed;

    // Changes to the totals BM25 reads from meta, written once at commit.
    private long _articleDelta;
    private long _wordDelta;

    // The gram postings of the articles written in this batch, stored at commit in the key's order:
    // inserted article by article they land all over the key (about 1,200 grams an article), which
    // made writing three times slower; sorted, consecutive rows share the key's pages.
    private readonly Dictionary<long, GramPostings> _pendingGrams = [];

    public PostgresIndexBatch(NpgsqlConnection connection)
    {
        _connection = connection;
        try
        {
            _transaction = connection.BeginTransaction();
            Run(PostgresSchema.TakeWriterLock);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public UpsertOutcome Upsert(IndexedArticle indexed) => Guard(() => UpsertCore(indexed));

    public string? FindDuplicate(string contentHash, string exceptId) => Guard(() => FindDuplicateCore(contentHash, exceptId));

    public string? OriginOf(string id) => Guard(() => OriginOfCore(id));

    public string? ContentHashOf(string id) => Guard(() => ContentHashOfCore(id));

    public void MoveOrigin(string id, string? origin) => Guard(() => MoveOriginCore(id, origin));

    public bool Retag(IndexedArticle article) => Guard(() => RetagCore(article.Article));

    public bool Delete(string id) => Guard(() => DeleteCore(id));

    public int DeleteFromFile(string path, IReadOnlySet<string> keep) => Guard(() => DeleteFromFileCore(path, keep));

    public void RecordSourceFile(SourceFileRecord file) => Guard(() => RecordSourceFileCore(file));

    public void ForgetSourceFile(string path) => Guard(() => ForgetSourceFileCore(path));

    public void Commit() => Guard(() => CommitCore());

    // A connection lost mid-batch (the primary went down or failed over) rolls the batch back on the
    // server; lost during the commit itself, the batch may or may not have been stored. Either way
    // the writes are idempotent upserts and deletes, so the caller sends the same batch again.
    private void Guard(Action work) => Guard(() =>
    {
        work();
        return true;
    });

    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (NpgsqlException e) when (PostgresResilience.IsTransient(e))
        {
            throw new IndexUnavailableException($"The PostgreSQL primary was lost during a write; send the same writes again: {e.Message}", e);
        }
    }

    private UpsertOutcome UpsertCore(IndexedArticle indexed)
    {
        var article = indexed.Article;
        long? old = null;
        using (var existing = Command("SELECT key, content_hash FROM article WHERE id = @id", ("id", article.Id)))
        using (var reader = existing.ExecuteReader())
        {
            if (reader.Read())
            {
                if (reader.GetString(1) == indexed.ContentHash)
                {
                    reader.Close();
                    MoveOriginCore(article.Id, article.Origin);
                    return UpsertOutcome.Unchanged;
                }

                old = reader.GetInt64(0);
            }
        }

        if (old is { } replaced)
        {
            RemoveRow(replaced);
        }

        var group = indexed.Signature is { } signature ? FindReprintGroup(signature, article.Published) : null;
        var key = old ?? NextKey();

        var titleWords = TsVectorText.Build(indexed.Title.Words);
        var bodyWords = TsVectorText.Build(indexed.Body.Words);
        var postings = WordPostings.From(titleWords, bodyWords);
        var titleGrams = TsVectorText.Build(indexed.Title.Grams);
        var bodyGrams = TsVectorText.Build(indexed.Body.Grams);

        // The row and its dependants in one round trip: per-statement latency, not PostgreSQL's
        // work, is what a writer on the other side of a network waits for.
        using var batch = new NpgsqlBatch(_connection, _transaction);
        batch.BatchCommands.Add(Statement(
            "INSERT INTO article(key, id, url, title, published, source, author, reprint_group, signature, body, origin, origin_file, content_hash, " +
            "word_count, title_words, title_grams, body_words, body_grams, source_grams) " +
            "VALUES (@key, @id, @url, @title, @published, @source, @author, @group, @signature, @body, @origin, @file, @hash, " +
            "@length, @tw::tsvector, @tg::tsvector, @bw::tsvector, @bg::tsvector, @sg::tsvector)",
            ("key", key), ("id", article.Id), ("url", Typed(article.Url, NpgsqlDbType.Text)), ("title", article.Title),
            ("published", Typed(article.Published?.DayNumber, NpgsqlDbType.Integer)), ("source", article.Source), ("author", article.Author),
            ("group", Typed(group, NpgsqlDbType.Bigint)), ("signature", Typed(indexed.Signature?.ToBytes(), NpgsqlDbType.Bytea)),
            ("body", article.Body), ("origin", Typed(article.Origin, NpgsqlDbType.Text)),
            ("file", Typed(SourceOrigins.FileOf(article.Origin), NpgsqlDbType.Text)), ("hash", indexed.ContentHash),
            ("length", postings.Length), ("tw", titleWords.Literal), ("tg", titleGrams.Literal),
            ("bw", bodyWords.Literal), ("bg", TsVectorText.LexemesOf(bodyGrams)),
            ("sg", TsVectorText.From(indexed.Source.Grams))));
        AddWordPostings(batch, key, postings);
        _pendingGrams[key] = GramPostings.From(titleGrams, bodyGrams);
        _articleDelta++;
        _wordDelta += postings.Length;
        AddBands(batch, key, indexed.Signature, article.Published);
        AddTags(batch, key, article);
        AddTitleWords(batch, key, indexed.Title.Words);
        batch.ExecuteNonQuery();
        return old is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    private string? FindDuplicateCore(string contentHash, string exceptId)
    {
        using var find = Command("SELECT id FROM article WHERE content_hash = @h AND id <> @id LIMIT 1", ("h", contentHash), ("id", exceptId));
        return find.ExecuteScalar() as string;
    }

    private string? OriginOfCore(string id)
    {
        using var find = Command("SELECT coalesce(origin, id) FROM article WHERE id = @id", ("id", id));
        return find.ExecuteScalar() as string;
    }

    private string? ContentHashOfCore(string id)
    {
        using var find = Command("SELECT content_hash FROM article WHERE id = @id", ("id", id));
        return find.ExecuteScalar() as string;
    }

    private void MoveOriginCore(string id, string? origin)
    {
        // Only a file origin moves: the same article re-posted through the API keeps the file it came from.
        if (origin is null)
        {
            return;
        }

        using var update = Command(
            "UPDATE article SET origin = @origin, origin_file = @file WHERE id = @id AND origin IS DISTINCT FROM @origin",
            ("id", id), ("origin", origin), ("file", SourceOrigins.FileOf(origin)));
        update.Parameters["file"].NpgsqlDbType = NpgsqlDbType.Text;
        update.ExecuteNonQuery();
    }

    private bool DeleteCore(string id)
    {
        using var find = Command("SELECT key FROM article WHERE id = @id", ("id", id));
        if (find.ExecuteScalar() is not long key)
        {
            return false;
        }

        RemoveRow(key);
        return true;
    }

    private int DeleteFromFileCore(string path, IReadOnlySet<string> keep)
    {
        var doomed = new List<long>();
        using (var find = Command("SELECT key, id FROM article WHERE origin_file = @file", ("file", path)))
        using (var reader = find.ExecuteReader())
        {
            while (reader.Read())
            {
                if (!keep.Contains(reader.GetString(1)))
                {
                    doomed.Add(reader.GetInt64(0));
                }
            }
        }

        doomed.ForEach(RemoveRow);
        return doomed.Count;
    }

    private void RecordSourceFileCore(SourceFileRecord file)
    {
        using var upsert = Command(
            "INSERT INTO source_file(path, hash, article_count, indexed_at) VALUES (@p, @h, @n, @at) " +
            "ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, article_count = excluded.article_count, indexed_at = excluded.indexed_at",
            ("p", file.Path), ("h", file.Hash), ("n", file.ArticleCount), ("at", file.IndexedAt.ToString("O", CultureInfo.InvariantCulture)));
        upsert.ExecuteNonQuery();
    }

    private void ForgetSourceFileCore(string path)
    {
        using var delete = Command("DELETE FROM source_file WHERE path = @p", ("p", path));
        delete.ExecuteNonQuery();
    }

    private void CommitCore()
    {
        WritePendingGrams();
        Run("UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'generation'");
        if (_articleDelta != 0 || _wordDelta != 0)
        {
            using var totals = Command(
                "UPDATE meta SET value = (value::bigint + CASE key WHEN 'article_count' THEN @articles ELSE @words END)::text " +
                "WHERE key IN ('article_count', 'word_total')",
                ("articles", _articleDelta), ("words", _wordDelta));
            totals.ExecuteNonQuery();
        }

        _transaction.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            try
            {
                _transaction.Rollback();
            }
            catch (Exception e) when (e is NpgsqlException or ObjectDisposedException or InvalidOperationException)
            {
                // The connection is already gone (Npgsql disposes the transaction of a broken
                // connection): the server rolled the transaction back itself.
            }
        }

        _transaction.Dispose();
        _connection.Dispose();
    }

    private static void AddWordPostings(NpgsqlBatch batch, long key, WordPostings postings)
    {
        if (postings.Words.Length > 0)
        {
            batch.BatchCommands.Add(Statement(
                "INSERT INTO word_posting(word, article, title_count, body_count, word_count) SELECT unnest(@w), @a, unnest(@t), unnest(@b), @n",
                ("w", postings.Words), ("a", key), ("t", postings.TitleCounts), ("b", postings.BodyCounts), ("n", postings.Length)));
        }
    }

    private void WritePendingGrams()
    {
        if (_pendingGrams.Count == 0)
        {
            return;
        }

        var rows = _pendingGrams.SelectMany(a => a.Value.Grams.Select(g => (Article: a.Key, Posting: g)))
            .OrderBy(r => r.Posting.Gram, StringComparer.Ordinal).ThenBy(r => r.Article);
        using (var import = _connection.BeginBinaryImport("COPY gram_posting(gram, article, positions) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (article, posting) in rows)
            {
                import.StartRow();
                import.Write(posting.Gram, NpgsqlDbType.Text);
                import.Write(article, NpgsqlDbType.Bigint);
                import.Write(posting.Positions, NpgsqlDbType.Array | NpgsqlDbType.Smallint);
            }

            import.Complete();
        }

        _pendingGrams.Clear();
    }

    private static void AddTitleWords(NpgsqlBatch batch, long key, string words)
    {
        var distinct = words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > 0)
        {
            batch.BatchCommands.Add(Statement("INSERT INTO title_word(word, article) SELECT unnest(@w), @a", ("w", distinct), ("a", key)));
        }
    }

    private long NextKey()
    {
        using var next = Command("SELECT nextval('article_key_seq')");
        return (long)next.ExecuteScalar()!;
    }

    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    private static NpgsqlBatchCommand Statement(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            if (value is NpgsqlParameter typed)
            {
                typed.ParameterName = name;
                typed.Value = PostgresText.Safe(typed.Value);
                command.Parameters.Add(typed);
            }
            else
            {
                command.Parameters.AddWithValue(name, PostgresText.Safe(value) ?? DBNull.Value);
            }
        }

        return command;
    }

    private void RemoveRow(long key)
    {
        _pendingGrams.Remove(key);
        RemoveBands(key);
        PassOnLeadership(key);

        // The postings are exactly the lexemes of the row's word and gram vectors (see WordPostings, GramPostings).
        using var postings = Command(
            "DELETE FROM word_posting WHERE article = @k AND word = ANY(" +
            "(SELECT tsvector_to_array(title_words) || tsvector_to_array(body_words) FROM article WHERE key = @k)::text[])", ("k", key));
        postings.ExecuteNonQuery();
        using var grams = Command(
            "DELETE FROM gram_posting WHERE article = @k AND gram = ANY((SELECT tsvector_to_array(title_grams) || tsvector_to_array(body_grams) FROM article WHERE key = @k)::text[])", ("k", key));
        grams.ExecuteNonQuery();
        using var row = Command("DELETE FROM article WHERE key = @k RETURNING word_count", ("k", key));
        if (row.ExecuteScalar() is int length)
        {
            _articleDelta--;
            _wordDelta -= length;
        }
    }

    private void Run(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, PostgresText.Safe(value) ?? DBNull.Value);
        }

        return command;
    }
}

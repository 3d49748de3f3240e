using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsSearch.Core.Index;

/// <summary>
/// One write transaction. Statements are prepared once per batch; the generation counter is bumped
/// on commit so readers in any process know to refresh their catalog.
/// </summary>
/// <remarks>
/// Full-text rows are written together just before commit, not as each article arrives. Every
/// statement that may roll back on its own (an insert with a unique key, a cascading delete) opens
/// a savepoint, and FTS5 flushes its pending terms to a new segment at each savepoint: written one
/// by one, each article became its own segment and indexing ran at a third of the speed.
/// </remarks>
internal sealed partial class SqliteIndexBatch : IIndexBatch
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private readonly SortedDictionary<long, IndexedArticle> _pendingText = [];
    private readonly List<long> _deletedText = [];
    private bool _committed;

    public SqliteIndexBatch(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction(); // BEGIN IMMEDIATE: one writer at a time
    }

    public UpsertOutcome Upsert(IndexedArticle indexed)
    {
        var article = indexed.Article;
        var existing = Command("SELECT rowid, content_hash FROM article WHERE id = $id", "$id");
        existing.Parameters["$id"].Value = article.Id;
        long? key = null;
        using (var reader = existing.ExecuteReader())
        {
            if (reader.Read())
            {
                if (reader.GetString(1) == indexed.ContentHash)
                {
                    reader.Close();
                    MoveOrigin(article.Id, article.Origin);
                    return UpsertOutcome.Unchanged;
                }

                key = reader.GetInt64(0);
            }
        }

        if (key is { } old)
        {
            RemoveRow(old);
        }

        var group = indexed.Signature is { } signature ? FindReprintGroup(signature, article.Published) : null;
        var insert = Command(
            "INSERT INTO article(rowid, id, url, title, published, source, author, body, origin, origin_file, content_hash, reprint_group, signature) " +
            "VALUES ($key, $id, $url, $title, $published, $source, $author, $body, $origin, $file, $hash, $group, $signature) RETURNING rowid",
            "$key", "$id", "$url", "$title", "$published", "$source", "$author", "$body", "$origin", "$file", "$hash", "$group", "$signature");
        Set(insert, "$key", key);
        Set(insert, "$id", article.Id);
        Set(insert, "$url", article.Url);
        Set(insert, "$title", article.Title);
        Set(insert, "$published", article.Published?.DayNumber);
        Set(insert, "$source", article.Source);
        Set(insert, "$author", article.Author);
        Set(insert, "$body", article.Body);
        Set(insert, "$origin", article.Origin);
        Set(insert, "$file", OriginFile(article.Origin));
        Set(insert, "$hash", indexed.ContentHash);
        Set(insert, "$group", group);
        Set(insert, "$signature", indexed.Signature?.ToBytes());
        var rowid = (long)insert.ExecuteScalar()!;
        WriteBands(rowid, indexed.Signature, article.Published);

        var tag = Command("INSERT INTO article_tag(article, dimension, value, mentions) VALUES ($a, $d, $v, $m)", "$a", "$d", "$v", "$m");
        foreach (var dimension in Enum.GetValues<Taxonomy.FacetDimension>())
        {
            foreach (var t in article.Tags.Of(dimension))
            {
                Set(tag, "$a", rowid);
                Set(tag, "$d", (int)dimension);
                Set(tag, "$v", t.Id);
                Set(tag, "$m", t.Mentions);
                tag.ExecuteNonQuery();
            }
        }

        _pendingText[rowid] = indexed;
        return key is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    public string? FindDuplicate(string contentHash, string exceptId)
    {
        var find = Command("SELECT id FROM article WHERE content_hash = $h AND id <> $id LIMIT 1", "$h", "$id");
        Set(find, "$h", contentHash);
        Set(find, "$id", exceptId);
        return find.ExecuteScalar() as string;
    }

    public string? OriginOf(string id)
    {
        var find = Command("SELECT coalesce(origin, id) FROM article WHERE id = $id", "$id");
        Set(find, "$id", id);
        return find.ExecuteScalar() as string;
    }

    public string? ContentHashOf(string id)
    {
        var find = Command("SELECT content_hash FROM article WHERE id = $id", "$id");
        Set(find, "$id", id);
        return find.ExecuteScalar() as string;
    }

    public void MoveOrigin(string id, string? origin)
    {
        // Only a file origin moves: the same article re-posted through the API keeps the file it came from.
        var update = Command(
            "UPDATE article SET origin = $origin, origin_file = $file WHERE id = $id AND $origin IS NOT NULL AND origin IS NOT $origin",
            "$id", "$origin", "$file");
        Set(update, "$id", id);
        Set(update, "$origin", origin);
        Set(update, "$file", OriginFile(origin));
        update.ExecuteNonQuery();
    }

    public bool Delete(string id)
    {
        var find = Command("SELECT rowid FROM article WHERE id = $id", "$id");
        find.Parameters["$id"].Value = id;
        if (find.ExecuteScalar() is not long key)
        {
            return false;
        }

        RemoveRow(key);
        return true;
    }

    public int DeleteFromFile(string path, IReadOnlySet<string> keep)
    {
        var find = Command("SELECT rowid, id FROM article WHERE origin_file = $file", "$file");
        find.Parameters["$file"].Value = path;
        var doomed = new List<long>();
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

    public void RecordSourceFile(SourceFileRecord file)
    {
        var upsert = Command(
            "INSERT INTO source_file(path, hash, article_count, indexed_at) VALUES ($p, $h, $n, $at) " +
            "ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, article_count = excluded.article_count, indexed_at = excluded.indexed_at",
            "$p", "$h", "$n", "$at");
        Set(upsert, "$p", file.Path);
        Set(upsert, "$h", file.Hash);
        Set(upsert, "$n", file.ArticleCount);
        Set(upsert, "$at", file.IndexedAt.ToString("O", CultureInfo.InvariantCulture));
        upsert.ExecuteNonQuery();
    }

    public void ForgetSourceFile(string path)
    {
        var delete = Command("DELETE FROM source_file WHERE path = $p", "$p");
        Set(delete, "$p", path);
        delete.ExecuteNonQuery();
    }

    public void Commit()
    {
        WriteText();
        Command("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'").ExecuteNonQuery();
        _transaction.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        if (!_committed)
        {
            _transaction.Rollback();
        }

        _transaction.Dispose();
        _connection.Dispose();
    }

    /// <summary>The file part of an origin: JSON Lines origins carry a <c>:line</c> suffix.</summary>
    internal static string? OriginFile(string? origin)
    {
        if (origin is null)
        {
            return null;
        }

        var colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? origin[..colon]
            : origin;
    }

    private void WriteText()
    {
        var delete = Command("DELETE FROM article_text WHERE rowid = $k", "$k");
        foreach (var key in _deletedText)
        {
            Set(delete, "$k", key);
            delete.ExecuteNonQuery();
        }

        var insert = Command(
            "INSERT INTO article_text(rowid, title_words, title_grams, body_words, body_grams, source_grams) VALUES ($r, $tw, $tg, $bw, $bg, $sg)",
            "$r", "$tw", "$tg", "$bw", "$bg", "$sg");
        foreach (var (rowid, indexed) in _pendingText)
        {
            Set(insert, "$r", rowid);
            Set(insert, "$tw", indexed.Title.Words);
            Set(insert, "$tg", indexed.Title.Grams);
            Set(insert, "$bw", indexed.Body.Words);
            Set(insert, "$bg", indexed.Body.Grams);
            Set(insert, "$sg", indexed.Source.Grams);
            insert.ExecuteNonQuery();
        }

        _deletedText.Clear();
        _pendingText.Clear();
    }

    private void RemoveRow(long key)
    {
        // A row written earlier in this batch is not in the full-text index yet: just forget it.
        if (!_pendingText.Remove(key))
        {
            _deletedText.Add(key);
        }

        RemoveBands(key);
        PassOnLeadership(key);
        var row = Command("DELETE FROM article WHERE rowid = $k", "$k");
        Set(row, "$k", key);
        row.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
            _commands[sql] = command;
        }

        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;
}

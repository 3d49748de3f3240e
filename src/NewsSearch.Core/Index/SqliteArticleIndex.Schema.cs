using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsSearch.Core.Index;

public sealed partial class SqliteArticleIndex
{
    // Checked and created under the write lock, so two processes opening a new file at once (the
    // CLI and the service) cannot both try to create it. WAL is switched on only once the file is
    // known to be an index: refusing someone else's SQLite file leaves it as it was.
    private void EnsureSchema()
    {
        using var connection = OpenConnection();
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            var hasMeta = Scalar<long>(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'") == 1;
            if (!hasMeta)
            {
                if (Scalar<long>(connection, "SELECT count(*) FROM sqlite_schema") > 0)
                {
                    throw new IndexVersionException(
                        $"{Location} is a SQLite file but not a NewsSearch index; choose another path or start it afresh with --rebuild.");
                }

                Create(connection);
            }
            else
            {
                CheckVersion(connection);
            }

            Execute(connection, IndexSchema.Vocabulary);
            transaction.Commit();
        }

        Execute(connection, "PRAGMA journal_mode = WAL;");
    }

    private void CheckVersion(SqliteConnection connection)
    {
        var version = Scalar<string>(connection, "SELECT coalesce((SELECT value FROM meta WHERE key = 'schema_version'), '')");
        if (version != IndexSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new IndexVersionException(
                $"{Location} has index schema version {(version.Length == 0 ? "unknown" : version)}, but this build reads version " +
                $"{IndexSchema.Version}. Rebuild it: indexer index <corpus> --db {Location} --rebuild");
        }
    }

    private static void Create(SqliteConnection connection)
    {
        Execute(connection, IndexSchema.Create);
        Execute(connection, IndexSchema.Tuning);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO meta(key, value) VALUES ('schema_version', $v), ('generation', '0'), ('created_at', $at)";
        command.Parameters.AddWithValue("$v", IndexSchema.Version.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }
}

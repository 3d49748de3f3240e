using System.Globalization;
using Npgsql;

namespace NewsSearch.Core.Index.Postgres;

public sealed partial class PostgresArticleIndex
{
    // Under the writers' lock, so two processes opening a new database at once cannot both create it.
    // With the primary down, an existing index is checked on a standby: searches can go on.
    private void EnsureSchema(bool rebuild)
    {
        try
        {
            _resilience.Execute(() => CreateOrCheck(rebuild));
        }
        catch (NpgsqlException e) when (!rebuild && PostgresResilience.IsTransient(e))
        {
            Read(connection =>
            {
                if (!Scalar<bool>(connection, "SELECT to_regclass('meta') IS NOT NULL"))
                {
                    throw new IndexUnavailableException($"No PostgreSQL primary of {Location} answers to create the index: {e.Message}", e);
                }

                CheckVersion(connection);
                return true;
            });
        }
    }

    private void CreateOrCheck(bool rebuild)
    {
        using var connection = _writes.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, PostgresSchema.TakeWriterLock);
        if (rebuild)
        {
            Execute(connection, PostgresSchema.Drop);
        }

        var hasMeta = Scalar<bool>(connection, "SELECT to_regclass('meta') IS NOT NULL");
        if (!hasMeta)
        {
            if (Scalar<bool>(connection, "SELECT to_regclass('article') IS NOT NULL"))
            {
                throw new IndexVersionException($"{Location} has an article table but is not a NewsSearch index; use another schema or --rebuild.");
            }

            Execute(connection, PostgresSchema.Create);
            using var command = new NpgsqlCommand(
                "INSERT INTO meta(key, value) VALUES ('schema_version', @v), ('generation', '0'), ('created_at', @at), ('article_count', '0'), ('word_total', '0')", connection);
            command.Parameters.AddWithValue("v", PostgresSchema.Version.ToString(CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
        else
        {
            CheckVersion(connection);
        }

        transaction.Commit();
    }

    private void CheckVersion(NpgsqlConnection connection)
    {
        var version = Scalar<string>(connection, "SELECT coalesce((SELECT value FROM meta WHERE key = 'schema_version'), '')");
        if (version != PostgresSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new IndexVersionException(
                $"{Location} has index schema version {(version.Length == 0 ? "unknown" : version)}, but this build reads version " +
                $"{PostgresSchema.Version}. Rebuild it: indexer index <corpus> --engine postgres --db \"<connection string>\" --rebuild");
        }
    }
}

using Npgsql;

namespace NewsSearch.Tests.Shared;

/// <summary>
/// The PostgreSQL server the tests use: the primary started by <c>tools/test.sh</c> (through
/// <c>tools/postgres.sh</c>), named by <see cref="Variable"/>. Each test index lives in a schema of
/// its own, dropped afterwards, so tests never see each other's articles.
/// </summary>
public static class TestPostgres
{
    /// <summary>Connection string of the primary (one host).</summary>
    public const string Variable = "NEWSSEARCH_TEST_POSTGRES";

    /// <summary>Multi-host connection string: primary and standby.</summary>
    public const string ClusterVariable = "NEWSSEARCH_TEST_POSTGRES_CLUSTER";

    /// <summary>The primary's connection string; fails with the fix when the server was not started.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: run tools/test.sh, or 'tools/postgres.sh start /tmp/newssearch-pg' " +
                $"and export {Variable}=\"Host=127.0.0.1:55432;Database=newssearch;Username=newssearch\".");

    /// <summary>Creates an empty schema and returns it with a connection string whose search path is that schema.</summary>
    public static TestSchema CreateSchema(string? baseConnectionString = null)
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(baseConnectionString ?? ConnectionString) { SearchPath = name };
        return new TestSchema(name, builder.ConnectionString);
    }

    /// <summary>A scratch schema; disposing drops it with everything in it.</summary>
    public sealed class TestSchema(string name, string connectionString) : IDisposable
    {
        /// <summary>The schema's name.</summary>
        public string Name { get; } = name;

        /// <summary>A connection string that creates and finds the index's tables in this schema.</summary>
        public string ConnectionString { get; } = connectionString;

        /// <inheritdoc />
        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
            command.ExecuteNonQuery();
        }
    }
}

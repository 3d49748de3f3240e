using Microsoft.Data.Sqlite;

namespace NewsSearch.Indexer.Tests;

// Only KillDuringIndexingTests still reads a SQLite file; this part goes once it runs on Lucene.Net.
internal sealed partial class TestFolder
{
    public string Database => System.IO.Path.Combine(Root, "index", "news.db");

    public SqliteConnection OpenDatabase(bool readOnly = true)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Database,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

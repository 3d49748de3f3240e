using Microsoft.Data.Sqlite;

namespace NewsSearch.Reliability.Tests.Indexing;

/// <summary>SQLite's and FTS5's own consistency checks, and the article count, on an index file.</summary>
internal static class IndexChecks
{
    public static long AssertHealthy(string database)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadWrite;Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        using var fts = connection.CreateCommand();
        fts.CommandText = "INSERT INTO article_text(article_text, rank) VALUES('integrity-check', 0)";
        fts.ExecuteNonQuery();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM article";
        return (long)count.ExecuteScalar()!;
    }
}

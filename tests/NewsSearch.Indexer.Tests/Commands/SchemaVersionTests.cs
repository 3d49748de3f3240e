using Microsoft.Data.Sqlite;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>Files the indexer must refuse: another schema version, or a SQLite file that is not an index.</summary>
public sealed class SchemaVersionTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public SchemaVersionTests() => _folder.CopySeeds();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnIndexOfAnotherSchemaVersionIsRefusedWithExitThreeUntilRebuilt()
    {
        CreateDatabase("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema_version', '999');");

        var refused = _folder.Index();

        Assert.True(refused.ExitCode == 3, refused.ToString());
        Assert.Contains(refused.ErrorLines, l => l.Contains("999", StringComparison.Ordinal) && l.Contains("--rebuild", StringComparison.Ordinal));
        Assert.DoesNotContain(refused.Lines, l => l.StartsWith("added ", StringComparison.Ordinal));

        var rebuilt = _folder.Index("--rebuild");

        Assert.True(rebuilt.ExitCode == 0, rebuilt.ToString());
        Assert.Equal("added 5, updated 0, unchanged 0, removed 0, skipped 0 (5 files read, 0 unchanged)", rebuilt.Summary);
    }

    [Fact]
    public void ASqliteFileThatIsNotAnIndexIsRefusedWithExitThreeAndAClearMessage()
    {
        CreateDatabase("CREATE TABLE customers(name TEXT); INSERT INTO customers VALUES ('someone');");

        var refused = _folder.Index();

        Assert.True(refused.ExitCode == 3, refused.ToString());
        var line = Assert.Single(refused.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("not a NewsSearch index", line, StringComparison.Ordinal);
        using var connection = _folder.OpenDatabase();
        Assert.Equal(1, TestFolder.Scalar(connection, "SELECT count(*) FROM customers"));
    }

    [Fact]
    public void RefusingASqliteFileThatIsNotAnIndexLeavesItsJournalModeAlone()
    {
        CreateDatabase("CREATE TABLE customers(name TEXT);");

        var refused = _folder.Index();

        Assert.Equal(3, refused.ExitCode);
        using var connection = _folder.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("delete", command.ExecuteScalar());
    }

    private void CreateDatabase(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.Database)!);
        using (var connection = new SqliteConnection($"Data Source={_folder.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}

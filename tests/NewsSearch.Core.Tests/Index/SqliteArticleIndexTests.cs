using Microsoft.Data.Sqlite;
using NewsSearch.Core.Index;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Index;

/// <summary>The index contract on the embedded engine: one SQLite file in a temporary folder.</summary>
public sealed class SqliteArticleIndexTests(AnalyzerFixture analysis) : ArticleIndexContractTests(analysis)
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-index-").FullName;

    private string DatabasePath => Path.Combine(_folder, "news.db");

    [Fact]
    public void Open_NewFile_UsesWriteAheadLogging()
    {
        using var index = Open(rebuild: false);

        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_AFile_NamesTheSqliteEngineAndThatFile()
    {
        using var index = Open(rebuild: false);

        Assert.Equal(ArticleIndexes.Sqlite, index.Engine);
        Assert.Equal(DatabasePath, index.Location);
    }

    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    protected override IArticleIndex Open(bool rebuild) => SqliteArticleIndex.Open(DatabasePath, rebuild);

    protected override long OrphanTags() =>
        Convert.ToInt64(Scalar("SELECT count(*) FROM article_tag WHERE article NOT IN (SELECT rowid FROM article)"), System.Globalization.CultureInfo.InvariantCulture);

    protected override long AllTags() => Convert.ToInt64(Scalar("SELECT count(*) FROM article_tag"), System.Globalization.CultureInfo.InvariantCulture);

    private string Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

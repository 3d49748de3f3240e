using Npgsql;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Postgres;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Core.Tests.Index;

/// <summary>The index contract on PostgreSQL: a schema of its own on the test server.</summary>
public sealed class PostgresArticleIndexTests(AnalyzerFixture analysis) : ArticleIndexContractTests(analysis)
{
    private readonly TestPostgres.TestSchema _schema = TestPostgres.CreateSchema();

    [Fact]
    public void Open_TablesOfAnotherSchemaVersion_AreRefusedWithTheRebuildCommand()
    {
        using (Open(rebuild: false))
        {
        }

        Execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");

        var refused = Assert.Throws<IndexVersionException>(() => Open(rebuild: false));
        Assert.Contains("version 99", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--rebuild", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Upsert_VeryLongBody_IsStoredAndItsWordsMatch()
    {
        using var index = Open(rebuild: false);
        var body = string.Concat(Enumerable.Repeat("苏州工业园区与新加坡合作建设产业园,", 4000)) + "结尾的枇杷节。";
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "long", Title = "长文", Body = body, Source = "测试" }));
            batch.Commit();
        }

        Assert.Equal(body, index.Find("long")!.Body);
        Assert.Single(index.Match(Parse("新加坡")));
    }

    [Fact]
    public void Upsert_NulInIdAndBody_IsStoredWithReplacementCharactersAndFoundByTheSameId()
    {
        using var index = Open(rebuild: false);
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "nul\0id", Title = "标题", Body = "相城区\0枇杷节开幕。", Source = "测试" }));
            batch.Commit();
        }

        var found = index.Find("nul\0id");
        Assert.NotNull(found);
        Assert.Equal("相城区\uFFFD枇杷节开幕。", found.Body);
        Assert.Single(index.Match(Parse("枇杷节")));
        Assert.Empty(index.TitleWordsStartingWith("\0", 5));
    }

    public override void Dispose()
    {
        base.Dispose();
        _schema.Dispose();
    }

    protected override IArticleIndex Open(bool rebuild) => PostgresArticleIndex.Open(_schema.ConnectionString, rebuild);

    protected override long OrphanTags() => Count("SELECT count(*) FROM article_tag WHERE article NOT IN (SELECT key FROM article)");

    protected override long AllTags() => Count("SELECT count(*) FROM article_tag");

    private long Count(string sql)
    {
        using var connection = new NpgsqlConnection(_schema.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_schema.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

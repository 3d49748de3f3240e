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

    // The whole-word tier of a phrase asks for its words in one column, not in sequence (PostingQueryBuilder.Phrase).
    protected override bool PhraseTierIsPositional => false;

    [Fact]
    public void Describe_ConnectionStringWithCredentials_NamesHostsDatabaseAndSchemaOnly()
    {
        var described = PostgresArticleIndex.Describe("Host=db1:5432,db2:5432;Database=news;Username=reader;Password=secret-pw;Search Path=t_one");

        Assert.Equal("postgres://db1:5432,db2:5432/news?search_path=t_one", described);
    }

    [Fact]
    public void Open_ASchema_NamesThePostgresEngineAndThatSchema()
    {
        using var index = Open(rebuild: false);

        Assert.Equal(ArticleIndexes.Postgres, index.Engine);
        Assert.EndsWith($"?search_path={_schema.Name}", index.Location, StringComparison.Ordinal);
    }

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

    [Fact]
    public void WordPostings_FollowAddsUpdatesAndDeletes_AndAgreeWithTheVectors()
    {
        using var index = Open(rebuild: false);
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "a", Title = "相城枇杷节", Body = "相城区枇杷节开幕。枇杷节吸引游客。", Source = "测试" }));
            batch.Upsert(Preparer.Prepare(new Article { Id = "b", Title = "新加坡合作", Body = "苏州工业园区与新加坡合作。", Source = "测试" }));
            batch.Upsert(Preparer.Prepare(new Article { Id = "c", Title = "日本企业", Body = "日本企业投资相城。", Source = "测试" }));
            batch.Commit();
        }

        Assert.Equal("枇杷 a 1/2", Postings("WHERE word LIKE '%枇杷%'"));
        Assert.Equal("日本 c 1/1", Postings("WHERE word LIKE '%日本%'"));
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "a", Title = "相城", Body = "区块链产业园落户。", Source = "测试" }));
            batch.Delete("c");
            batch.Commit();
        }

        Assert.Empty(index.CheckIntegrity());
        Assert.Equal(0, Count("SELECT count(*) FROM word_posting WHERE word LIKE '%枇杷%'"));
        Assert.Equal(0, Count("SELECT count(*) FROM word_posting WHERE word LIKE '%日本%'"));
        Assert.Equal(
            Count("SELECT word_count FROM article WHERE id = 'a'"),
            Count("SELECT sum(title_count + body_count) FROM word_posting p JOIN article a ON a.key = p.article WHERE a.id = 'a'"));
        // The ICU segmenter cuts the new title 相城 into 相 and 城; the body holds neither.
        Assert.Equal("城 a 1/0, 相 a 1/0", Postings("WHERE a.id = 'a' AND body_count = 0"));
        Assert.Equal("2", Scalar("SELECT value FROM meta WHERE key = 'article_count'"));
        Assert.Equal(Scalar("SELECT sum(word_count)::text FROM article"), Scalar("SELECT value FROM meta WHERE key = 'word_total'"));
        Assert.Equal(new Dictionary<string, int> { ["新加坡"] = 1 }, index.DocumentFrequencies(["新加坡", "日本"]));
    }

    [Fact]
    public void GramPostings_FollowAddsUpdatesAndDeletes_WithTheirPositions()
    {
        using var index = Open(rebuild: false);
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "a", Title = "相城", Body = "枇杷节开幕。枇杷节", Source = "测试" }));
            batch.Upsert(Preparer.Prepare(new Article { Id = "b", Title = "日本", Body = "日本企业投资。", Source = "测试" }));
            batch.Commit();
        }

        // 枇杷 杷节 节开 开幕 幕 | 枇杷 杷节 节: one row a gram, with its places in the body's gram stream.
        Assert.Equal("{1,6}", Scalar("SELECT p.positions::text FROM gram_posting p JOIN article a ON a.key = p.article WHERE a.id = 'a' AND p.gram = '枇杷'"));
        Assert.Equal("{5}", Scalar("SELECT p.positions::text FROM gram_posting p JOIN article a ON a.key = p.article WHERE a.id = 'a' AND p.gram = '幕'"));
        Assert.Equal(Count("SELECT length(title_grams || body_grams) FROM article WHERE id = 'a'"), Count("SELECT count(*) FROM gram_posting p JOIN article a ON a.key = p.article WHERE a.id = 'a'"));

        // The title's positions come after an offset, so a run never spans title and body.
        Assert.Equal("{16385}", Scalar("SELECT p.positions::text FROM gram_posting p JOIN article a ON a.key = p.article WHERE a.id = 'a' AND p.gram = '相城'"));
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "a", Title = "相城", Body = "区块链产业园落户。", Source = "测试" }));
            batch.Delete("b");
            batch.Commit();
        }

        Assert.Empty(index.CheckIntegrity());
        Assert.Equal(0, Count("SELECT count(*) FROM gram_posting WHERE gram IN ('枇杷', '日本')"));
        Assert.Equal(1, Count("SELECT count(*) FROM gram_posting WHERE gram = '块链'"));
        Assert.Single(index.Match(Parse("区块链产业")));
        Assert.Empty(index.Match(Parse("枇杷节")));
    }

    // The batch keeps the gram postings until its commit: what it replaced or deleted meanwhile never arrives.
    [Fact]
    public void GramPostings_OfAnArticleReplacedOrDeletedInTheSameBatch_AreOnlyItsLastVersion()
    {
        using var index = Open(rebuild: false);
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "a", Title = "相城", Body = "枇杷节开幕。", Source = "测试" }));
            batch.Upsert(Preparer.Prepare(new Article { Id = "b", Title = "日本", Body = "日本企业投资。", Source = "测试" }));
            batch.Upsert(Preparer.Prepare(new Article { Id = "a", Title = "相城", Body = "区块链产业园落户。", Source = "测试" }));
            batch.Delete("b");
            batch.Commit();
        }

        Assert.Empty(index.CheckIntegrity());
        Assert.Equal(0, Count("SELECT count(*) FROM gram_posting WHERE gram IN ('枇杷', '日本')"));
        Assert.Equal(Count("SELECT length(title_grams || body_grams) FROM article WHERE id = 'a'"), Count("SELECT count(*) FROM gram_posting"));
        Assert.Single(index.Match(Parse("区块链产业")));
    }

    [Fact]
    public void CheckIntegrity_GramPostingsThatDisagreeWithTheBodies_AreReported()
    {
        using var index = Open(rebuild: false);
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "a", Title = "相城", Body = "枇杷节开幕。", Source = "测试" }));
            batch.Commit();
        }

        Execute("DELETE FROM gram_posting WHERE gram IN ('开幕', '节开'); INSERT INTO gram_posting VALUES ('幽灵', 999, '{1}')");

        var problems = index.CheckIntegrity();
        Assert.Contains("gram_posting: 1 rows whose article is gone", problems);
        Assert.Contains(problems, p => p.StartsWith("gram_posting: ", StringComparison.Ordinal) && p.Contains(" rows for ", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckIntegrity_PostingsOrTotalsThatDisagreeWithTheArticles_AreReported()
    {
        using var index = Open(rebuild: false);
        using (var batch = index.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(new Article { Id = "a", Title = "相城", Body = "枇杷节开幕。", Source = "测试" }));
            batch.Commit();
        }

        Execute("INSERT INTO word_posting VALUES ('幽灵', 999, 0, 1, 1); UPDATE meta SET value = '5' WHERE key = 'article_count'");

        var problems = index.CheckIntegrity();
        Assert.Contains(problems, p => p.StartsWith("word_posting: 1 rows whose article is gone", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("word_posting: ", StringComparison.Ordinal) && p.Contains(" rows for ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("meta: article and word totals 5 ", StringComparison.Ordinal));
    }

    public override void Dispose()
    {
        base.Dispose();
        _schema.Dispose();
    }

    protected override IArticleIndex Open(bool rebuild) => PostgresArticleIndex.Open(_schema.ConnectionString, rebuild);

    protected override long OrphanTags() => Count("SELECT count(*) FROM article_tag WHERE article NOT IN (SELECT key FROM article)");

    protected override long AllTags() => Count("SELECT count(*) FROM article_tag");

    private string? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_schema.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar() as string;
    }

    /// <summary>The word postings that <paramref name="where"/> selects, as "word article title/body" in word order.</summary>
    private string? Postings(string where) => Scalar(
        "SELECT string_agg(p.word || ' ' || a.id || ' ' || p.title_count || '/' || p.body_count, ', ' ORDER BY p.word, a.id) " +
        "FROM word_posting p JOIN article a ON a.key = p.article " + where);

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

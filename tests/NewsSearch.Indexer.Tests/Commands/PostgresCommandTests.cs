using System.Text.Json;
using NewsSearch.Core.Index.Postgres;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>
/// The CLI on the PostgreSQL engine: <c>index --engine postgres</c>, <c>copy</c> from Lucene.Net and
/// back, and reads from either. Each test checks that the articles landed in its schema (or index
/// directory), so a CLI that quietly used another engine (a Lucene.Net directory named like the
/// connection string) fails.
/// </summary>
public sealed class PostgresCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly TestPostgres.TestSchema _schema = TestPostgres.CreateSchema();

    public void Dispose()
    {
        _schema.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void CopyMovesEveryArticleAndARepeatSendsNothingAgain()
    {
        Assert.Equal(0, Run("index", TestFolder.SeedCorpus, "--db", _folder.IndexPath).ExitCode);

        var first = Run("copy", "--from", _folder.IndexPath, "--to", _schema.ConnectionString);
        var again = Run("copy", "--from", _folder.IndexPath, "--to", _schema.ConnectionString);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"from {_folder.IndexPath} to {PostgresArticleIndex.Describe(_schema.ConnectionString)} in ", first.Stdout, StringComparison.Ordinal);
        AssertSchemaHolds(5);
        Assert.StartsWith("copied 5 articles, 0 already there", first.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("copied 0 articles, 5 already there", again.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Username", first.Stdout, StringComparison.Ordinal); // the connection string is not echoed
        Assert.Equal(Hits(Run("search", "新加坡 OR 日本", "--json", "--db", _folder.IndexPath)),
            Hits(Run("search", "新加坡 OR 日本", "--json", "--engine", "postgres", "--db", _schema.ConnectionString)));
    }

    [Fact]
    public void CopyFromPostgresIntoLuceneGivesTheSameHits()
    {
        var directory = _folder.In("lucene");
        Assert.Equal(0, Run("index", TestFolder.SeedCorpus, "--engine", "postgres", "--db", _schema.ConnectionString).ExitCode);

        var copied = Run("copy", "--from", _schema.ConnectionString, "--from-engine", "postgres", "--to", directory, "--to-engine", "lucene");

        Assert.True(copied.ExitCode == 0, copied.ToString());
        Assert.StartsWith("copied 5 articles, 0 already there", copied.Stdout, StringComparison.Ordinal);
        Assert.Contains($"from {PostgresArticleIndex.Describe(_schema.ConnectionString)} to {directory} in ", copied.Stdout, StringComparison.Ordinal);
        Assert.Equal(Hits(Run("search", "新加坡 OR 日本", "--json", "--engine", "postgres", "--db", _schema.ConnectionString)),
            Hits(Run("search", "新加坡 OR 日本", "--json", "--db", directory)));
    }

    [Fact]
    public void IndexWithThePostgresEngineWritesStraightToTheDatabaseAndIsIncremental()
    {
        var first = Run("index", TestFolder.SeedCorpus, "--engine", "postgres", "--db", _schema.ConnectionString);
        var again = Run("index", TestFolder.SeedCorpus, "--engine", "postgres", "--db", _schema.ConnectionString);
        var shown = Run("show", "001_3d349f3940e6cb6b", "--engine", "postgres", "--db", _schema.ConnectionString);

        Assert.True(first.ExitCode == 0, first.ToString());
        AssertSchemaHolds(5);
        Assert.Contains("added 5, updated 0, unchanged 0", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("added 0, updated 0, unchanged 5", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("id:        001_3d349f3940e6cb6b", shown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreachableDatabaseIsAClearErrorWithoutThePassword()
    {
        var result = Run("search", "苏州", "--engine", "postgres", "--db", "Host=127.0.0.1:1;Database=x;Username=u;Password=secret-pw;Timeout=2");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("postgres://127.0.0.1:1/x", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    private CliResult Run(params string[] args) => IndexerCli.Run(_folder.Root, args);

    private void AssertSchemaHolds(int articles)
    {
        using var index = PostgresArticleIndex.Open(_schema.ConnectionString);
        var held = index.LoadCatalog().Count;
        Assert.True(held == articles, $"the CLI was told to write to the PostgreSQL schema {_schema.Name}, which holds {held} articles, not {articles}");
    }

    private static List<string?> Hits(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
    }
}

using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Postgres;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The five real articles in the PostgreSQL engine, in a schema of their own.</summary>
public sealed class PostgresSeedIndexFixture : SeedIndexFixture
{
    private TestPostgres.TestSchema? _schema;

    protected override IArticleIndex OpenIndex()
    {
        _schema = TestPostgres.CreateSchema();
        return PostgresArticleIndex.Open(_schema.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _schema?.Dispose();
    }
}

using Microsoft.AspNetCore.Hosting;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Postgres;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Api.Tests;

/// <summary>The same service on the PostgreSQL engine: its index in a schema of its own on the test server.</summary>
public sealed class PostgresNewsSearchApplication : NewsSearchApplication
{
    private readonly TestPostgres.TestSchema _schema = TestPostgres.CreateSchema();

    /// <summary>The schema holding this service's index.</summary>
    public string Schema => _schema.Name;

    public override string Engine => ArticleIndexes.Postgres;

    /// <summary>The schema's hosts, database and search path; the connection string itself is never shown.</summary>
    public override string IndexLocation => PostgresArticleIndex.Describe(_schema.ConnectionString);

    protected override void ConfigureIndex(IWebHostBuilder builder) =>
        builder.UseSetting("NewsSearch:ConnectionString", _schema.ConnectionString);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _schema.Dispose();
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Api.Tests;

/// <summary>The same service on the PostgreSQL engine: its index in a schema of its own on the test server.</summary>
public sealed class PostgresNewsSearchApplication : NewsSearchApplication
{
    private readonly TestPostgres.TestSchema _schema = TestPostgres.CreateSchema();

    protected override void ConfigureIndex(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsSearch:Engine", "postgres");
        builder.UseSetting("NewsSearch:ConnectionString", _schema.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _schema.Dispose();
        }
    }
}

using Npgsql;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Api.Tests.OnPostgres;

/// <summary>The same tests, with the service on the PostgreSQL engine.</summary>
public sealed class ContractTestsOnPostgres(PostgresNewsSearchApplication app) : ContractTests(app), IClassFixture<PostgresNewsSearchApplication>
{
    [Fact]
    public async Task ReadyHealthNamesThePostgresHostsDatabaseAndSchemaButNoCredentials()
    {
        var ready = await Json.Get(app.CreateClient(), "/health/ready");

        var server = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString);
        var index = ready.GetProperty("index");
        Assert.Equal("postgres", index.GetProperty("engine").GetString());
        Assert.Equal($"postgres://{server.Host}/{server.Database}?search_path={app.Schema}", index.GetProperty("location").GetString());
    }
}

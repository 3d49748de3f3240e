namespace NewsSearch.Api.Tests.OnPostgres;

/// <summary>The same tests, with the service on the PostgreSQL engine.</summary>
public sealed class TrendsEndpointTestsOnPostgres(PostgresNewsSearchApplication app) : TrendsEndpointTests(app), IClassFixture<PostgresNewsSearchApplication>;

namespace NewsSearch.Api.Tests.OnPostgres;

/// <summary>The same tests, with the service on the PostgreSQL engine.</summary>
public sealed class RelatedEndpointTestsOnPostgres(PostgresNewsSearchApplication app) : RelatedEndpointTests(app), IClassFixture<PostgresNewsSearchApplication>;

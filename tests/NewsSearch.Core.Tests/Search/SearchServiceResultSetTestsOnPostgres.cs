namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class SearchServiceResultSetTestsOnPostgres(PostgresSeedIndexFixture seeds) : SearchServiceResultSetTests(seeds), IClassFixture<PostgresSeedIndexFixture>;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class SearchServiceQueryTestsOnPostgres(PostgresSeedIndexFixture seeds) : SearchServiceQueryTests(seeds), IClassFixture<PostgresSeedIndexFixture>;

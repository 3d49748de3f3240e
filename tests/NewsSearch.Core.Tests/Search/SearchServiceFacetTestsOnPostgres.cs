namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class SearchServiceFacetTestsOnPostgres(PostgresSeedIndexFixture seeds) : SearchServiceFacetTests(seeds), IClassFixture<PostgresSeedIndexFixture>;

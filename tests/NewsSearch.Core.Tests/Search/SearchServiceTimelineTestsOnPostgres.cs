namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class SearchServiceTimelineTestsOnPostgres(PostgresSeedIndexFixture seeds) : SearchServiceTimelineTests(seeds), IClassFixture<PostgresSeedIndexFixture>;

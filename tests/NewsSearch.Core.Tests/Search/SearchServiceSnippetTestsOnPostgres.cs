namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class SearchServiceSnippetTestsOnPostgres(PostgresSeedIndexFixture seeds) : SearchServiceSnippetTests(seeds), IClassFixture<PostgresSeedIndexFixture>;

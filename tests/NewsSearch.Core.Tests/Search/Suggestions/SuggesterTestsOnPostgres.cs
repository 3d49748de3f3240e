using NewsSearch.Core.Tests.Search;

namespace NewsSearch.Core.Tests.Search.Suggestions;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class SuggesterTestsOnPostgres(PostgresSeedIndexFixture seeds) : SuggesterTests(seeds), IClassFixture<PostgresSeedIndexFixture>;

using NewsSearch.Core.Tests.Search;

namespace NewsSearch.Core.Tests.Search.Related;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class RelatedArticlesTestsOnPostgres(PostgresSeedIndexFixture seeds) : RelatedArticlesTests(seeds), IClassFixture<PostgresSeedIndexFixture>;

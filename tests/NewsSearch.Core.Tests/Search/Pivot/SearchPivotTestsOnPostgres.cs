using NewsSearch.Core.Tests.Search;

namespace NewsSearch.Core.Tests.Search.Pivot;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class SearchPivotTestsOnPostgres(PostgresSeedIndexFixture seeds) : SearchPivotTests(seeds), IClassFixture<PostgresSeedIndexFixture>;

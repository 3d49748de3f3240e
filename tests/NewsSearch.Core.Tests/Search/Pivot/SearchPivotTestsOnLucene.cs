using NewsSearch.Core.Tests.Search;

namespace NewsSearch.Core.Tests.Search.Pivot;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class SearchPivotTestsOnLucene(LuceneSeedIndexFixture seeds) : SearchPivotTests(seeds), IClassFixture<LuceneSeedIndexFixture>;

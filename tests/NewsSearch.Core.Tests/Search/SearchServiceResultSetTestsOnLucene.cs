namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class SearchServiceResultSetTestsOnLucene(LuceneSeedIndexFixture seeds) : SearchServiceResultSetTests(seeds), IClassFixture<LuceneSeedIndexFixture>;

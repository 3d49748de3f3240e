namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class SearchServiceQueryTestsOnLucene(LuceneSeedIndexFixture seeds) : SearchServiceQueryTests(seeds), IClassFixture<LuceneSeedIndexFixture>;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class SearchServiceFacetTestsOnLucene(LuceneSeedIndexFixture seeds) : SearchServiceFacetTests(seeds), IClassFixture<LuceneSeedIndexFixture>;

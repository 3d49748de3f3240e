using NewsSearch.Core.Tests.Search;

namespace NewsSearch.Core.Tests.Search.Related;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class RelatedArticlesTestsOnLucene(LuceneSeedIndexFixture seeds) : RelatedArticlesTests(seeds), IClassFixture<LuceneSeedIndexFixture>;

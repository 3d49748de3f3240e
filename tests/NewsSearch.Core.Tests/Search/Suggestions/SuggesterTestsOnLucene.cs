using NewsSearch.Core.Tests.Search;

namespace NewsSearch.Core.Tests.Search.Suggestions;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class SuggesterTestsOnLucene(LuceneSeedIndexFixture seeds) : SuggesterTests(seeds), IClassFixture<LuceneSeedIndexFixture>;

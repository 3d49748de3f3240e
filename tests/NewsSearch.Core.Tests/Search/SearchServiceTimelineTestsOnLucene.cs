namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class SearchServiceTimelineTestsOnLucene(LuceneSeedIndexFixture seeds) : SearchServiceTimelineTests(seeds), IClassFixture<LuceneSeedIndexFixture>;

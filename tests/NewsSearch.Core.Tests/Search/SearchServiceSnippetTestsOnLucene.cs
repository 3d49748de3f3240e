namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class SearchServiceSnippetTestsOnLucene(LuceneSeedIndexFixture seeds) : SearchServiceSnippetTests(seeds), IClassFixture<LuceneSeedIndexFixture>;

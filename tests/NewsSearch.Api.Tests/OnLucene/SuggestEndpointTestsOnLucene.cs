namespace NewsSearch.Api.Tests.OnLucene;

/// <summary>The same tests, with the service on the Lucene.Net engine.</summary>
public sealed class SuggestEndpointTestsOnLucene(LuceneNewsSearchApplication app) : SuggestEndpointTests(app), IClassFixture<LuceneNewsSearchApplication>;

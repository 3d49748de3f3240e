namespace NewsSearch.Api.Tests.OnLucene;

/// <summary>The same tests, with the service on the Lucene.Net engine.</summary>
public sealed class WriteEndpointTestsOnLucene(LuceneNewsSearchApplication app) : WriteEndpointTests(app), IClassFixture<LuceneNewsSearchApplication>;

namespace NewsSearch.Api.Tests.OnLucene;

/// <summary>The same tests, with the service on the Lucene.Net engine.</summary>
public sealed class PivotEndpointTestsOnLucene(LuceneNewsSearchApplication app) : PivotEndpointTests(app), IClassFixture<LuceneNewsSearchApplication>;

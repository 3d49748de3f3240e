namespace NewsSearch.Api.Tests.OnLucene;

/// <summary>The same tests, with the service on the Lucene.Net engine.</summary>
public sealed class ExportEndpointTestsOnLucene(LuceneNewsSearchApplication app) : ExportEndpointTests(app), IClassFixture<LuceneNewsSearchApplication>;

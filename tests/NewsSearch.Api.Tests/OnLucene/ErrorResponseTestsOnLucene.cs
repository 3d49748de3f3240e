namespace NewsSearch.Api.Tests.OnLucene;

/// <summary>The same tests, with the service on the Lucene.Net engine.</summary>
public sealed class ErrorResponseTestsOnLucene(LuceneNewsSearchApplication app) : ErrorResponseTests(app), IClassFixture<LuceneNewsSearchApplication>;

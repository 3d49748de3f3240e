namespace NewsSearch.Api.Tests.OnLucene;

/// <summary>The same tests, with the service on the Lucene.Net engine.</summary>
public sealed class ContentHashTestsOnLucene(LuceneNewsSearchApplication app) : ContentHashTests(app), IClassFixture<LuceneNewsSearchApplication>;

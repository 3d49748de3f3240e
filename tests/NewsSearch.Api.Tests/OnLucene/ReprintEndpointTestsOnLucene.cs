namespace NewsSearch.Api.Tests.OnLucene;

/// <summary>The same tests, with the service on the Lucene.Net engine, segmented by ICU: the related lists they expect are ICU's words on the seeds.</summary>
public sealed class ReprintEndpointTestsOnLucene(IcuLuceneNewsSearchApplication app) : ReprintEndpointTests(app), IClassFixture<IcuLuceneNewsSearchApplication>;

namespace NewsSearch.Core.Tests.Index;

/// <summary>The query mix on SQLite and Lucene.Net.</summary>
public sealed class LuceneEngineParityTests(LuceneEngineParityTests.Engines engines)
    : EngineParityTests(engines), IClassFixture<LuceneEngineParityTests.Engines>
{
    public sealed class Engines() : TwoEngines(TestEngine.Lucene);
}

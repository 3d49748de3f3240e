using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Indexing;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class CorpusIndexerTestsOnLucene(AnalyzerFixture analysis) : CorpusIndexerTests(analysis, TestEngine.Lucene);

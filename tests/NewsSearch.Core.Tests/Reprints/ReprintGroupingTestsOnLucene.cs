using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Reprints;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class ReprintGroupingTestsOnLucene(AnalyzerFixture analysis) : ReprintGroupingTests(analysis, TestEngine.Lucene);

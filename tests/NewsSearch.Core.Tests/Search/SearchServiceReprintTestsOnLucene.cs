using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the Lucene.Net engine.</summary>
public sealed class SearchServiceReprintTestsOnLucene(AnalyzerFixture analysis) : SearchServiceReprintTests(analysis, TestEngine.Lucene);

using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Indexing;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class CorpusIndexerTestsOnPostgres(AnalyzerFixture analysis) : CorpusIndexerTests(analysis, TestEngine.Postgres);

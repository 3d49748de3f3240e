using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Indexing;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class IndexRetaggerTestsOnPostgres(AnalyzerFixture analysis) : IndexRetaggerTests(analysis, TestEngine.Postgres);

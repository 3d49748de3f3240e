using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Reprints;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class ReprintGroupingTestsOnPostgres(AnalyzerFixture analysis) : ReprintGroupingTests(analysis, TestEngine.Postgres);

using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The same tests, on the PostgreSQL engine.</summary>
public sealed class SearchServiceReprintTestsOnPostgres(AnalyzerFixture analysis) : SearchServiceReprintTests(analysis, TestEngine.Postgres);

namespace NewsSearch.Core.Tests.Index;

/// <summary>The query mix on SQLite and PostgreSQL.</summary>
public sealed class PostgresEngineParityTests(PostgresEngineParityTests.Engines engines)
    : EngineParityTests(engines), IClassFixture<PostgresEngineParityTests.Engines>
{
    public sealed class Engines() : TwoEngines(TestEngine.Postgres);
}

using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Index.Postgres;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Core.Tests.Index;

/// <summary>An engine the tests run on, handing out fresh, empty index locations.</summary>
public abstract class TestEngine
{
    /// <summary>PostgreSQL: a schema of its own on the test server.</summary>
    public static TestEngine Postgres { get; } = new PostgresEngine();

    /// <summary>Lucene.Net, the embedded engine: an index directory in a temporary folder.</summary>
    public static TestEngine Lucene { get; } = new LuceneEngine();

    /// <summary>A new, empty place for an index; disposing it removes everything there.</summary>
    public abstract Location NewLocation();

    /// <summary>Where one test's index lives.</summary>
    public abstract class Location : IDisposable
    {
        /// <summary>Opens (or creates) the index here; the same index each time.</summary>
        public abstract IArticleIndex Open(bool rebuild = false);

        /// <inheritdoc />
        public abstract void Dispose();
    }

    private sealed class PostgresEngine : TestEngine
    {
        public override Location NewLocation() => new PostgresLocation();

        private sealed class PostgresLocation : Location
        {
            private readonly TestPostgres.TestSchema _schema = TestPostgres.CreateSchema();

            public override IArticleIndex Open(bool rebuild = false) => PostgresArticleIndex.Open(_schema.ConnectionString, rebuild);

            public override void Dispose() => _schema.Dispose();
        }
    }

    private sealed class LuceneEngine : TestEngine
    {
        public override Location NewLocation() => new LuceneLocation();

        private sealed class LuceneLocation : Location
        {
            private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-test-").FullName;

            public override IArticleIndex Open(bool rebuild = false) => LuceneArticleIndex.Open(Path.Combine(_folder, "index"), rebuild);

            public override void Dispose() => Directory.Delete(_folder, recursive: true);
        }
    }
}

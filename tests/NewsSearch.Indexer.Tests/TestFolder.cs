using Microsoft.Data.Sqlite;

namespace NewsSearch.Indexer.Tests;

/// <summary>A temporary folder per test, with a copy of the real corpus on request; deleted on dispose.</summary>
internal sealed class TestFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("newssearch-cli-").FullName;

    public string Database => System.IO.Path.Combine(Root, "index", "news.db");

    public string CorpusCopy => System.IO.Path.Combine(Root, "corpus");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedCorpus => System.IO.Path.Combine(RepositoryRoot, "corpus");

    public static IReadOnlyList<string> SeedFiles { get; } =
        Directory.GetFiles(SeedCorpus, "*.txt").Order(StringComparer.Ordinal).ToList();

    public string In(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Copies the five seed articles into <paramref name="folder"/> (default: <see cref="CorpusCopy"/>).</summary>
    public string CopySeeds(string? folder = null)
    {
        folder ??= CorpusCopy;
        Directory.CreateDirectory(folder);
        foreach (var file in SeedFiles)
        {
            File.Copy(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    public CliResult Run(params string[] args) => IndexerCli.Run(Root, args);

    public CliResult Index(params string[] extra) => Run(["index", CorpusCopy, "--db", Database, .. extra]);

    public SqliteConnection OpenDatabase(bool readOnly = true)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Database,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still be releasing a file; the OS temp cleaner gets it later.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsSearch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsSearch.sln not found above " + AppContext.BaseDirectory);
    }
}

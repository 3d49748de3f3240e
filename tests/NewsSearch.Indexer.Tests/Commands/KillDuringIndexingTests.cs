using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>An indexing run killed hard part-way leaves a healthy index that the next run completes.</summary>
public sealed partial class KillDuringIndexingTests : IDisposable
{
    private const int Articles = 4000;

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task KillingTheIndexerMidRunLeavesAHealthyIndexThatTheNextRunCompletes()
    {
        var corpus = _folder.In("generated.jsonl");
        var generated = _folder.Run("generate", "--count", Articles.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", "3", "--out", corpus, "--corpus", TestFolder.SeedCorpus);
        Assert.True(generated.ExitCode == 0, generated.ToString());

        using (var process = IndexerCli.Start(_folder.Root, "index", corpus, "--db", _folder.Database))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var committed = WaitForCommittedArticles(process, minimum: 500, TimeSpan.FromSeconds(30));
            process.Kill(entireProcessTree: true);
            await Bounded.WaitForExitAsync(process, TimeSpan.FromSeconds(30), "the killed indexer");
            var output = await stdout.Within(IndexerCli.OutputLimit, "the killed indexer's output");
            await stderr.Within(IndexerCli.OutputLimit, "the killed indexer's errors");
            // SIGKILL ends a process with 128 + 9. A run that had finished before the kill exits 0: then
            // nothing was crashed, and the rest of the test would prove nothing.
            Assert.True(process.ExitCode == 137, $"the indexer exited {process.ExitCode} by itself before the kill ({committed} articles seen committed):\n{output}");
        }

        long kept;
        using (var connection = _folder.OpenDatabase(readOnly: false))
        {
            kept = TestFolder.Scalar(connection, "SELECT count(*) FROM article");
            Assert.True(kept < Articles, $"all {Articles} articles were committed before the kill");
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
            using var fts = connection.CreateCommand();
            fts.CommandText = "INSERT INTO article_text(article_text, rank) VALUES('integrity-check', 0)";
            fts.ExecuteNonQuery();
        }

        var rerun = _folder.Run("index", corpus, "--db", _folder.Database);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var counts = SummaryCounts().Match(rerun.Summary);
        Assert.True(counts.Success, rerun.Summary);
        // Exactly the articles the kill cut off are added; what was committed before it is kept as it was.
        Assert.Equal((Articles - kept, kept, 0L), (long.Parse(counts.Groups["added"].Value), long.Parse(counts.Groups["unchanged"].Value), long.Parse(counts.Groups["skipped"].Value)));
        using var after = _folder.OpenDatabase();
        Assert.Equal(Articles, TestFolder.Scalar(after, "SELECT count(*) FROM article"));
    }

    private long WaitForCommittedArticles(Process process, int minimum, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the indexer exited ({process.ExitCode}) before {minimum} articles were committed");
            }

            try
            {
                if (File.Exists(_folder.Database))
                {
                    using var connection = _folder.OpenDatabase();
                    var count = TestFolder.Scalar(connection, "SELECT count(*) FROM article");
                    if (count > minimum)
                    {
                        return count;
                    }
                }
            }
            catch (SqliteException)
            {
                // The schema is still being created.
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"the indexer had not committed {minimum} articles within {timeout.TotalSeconds:0} s");
    }

    [GeneratedRegex(@"^added (?<added>\d+), updated 0, unchanged (?<unchanged>\d+), removed 0, skipped (?<skipped>\d+) \(1 files read, 0 unchanged\)$")]
    private static partial Regex SummaryCounts();
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

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
            var drainOut = process.StandardOutput.ReadToEndAsync();
            var drainErr = process.StandardError.ReadToEndAsync();
            var committed = WaitForCommittedArticles(process, minimum: 500, TimeSpan.FromSeconds(30));
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.True(committed is > 500 and < Articles, $"killed after {committed} articles; the run should still have been going");
            await Task.WhenAll(drainOut, drainErr);
        }

        using (var connection = _folder.OpenDatabase(readOnly: false))
        {
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
        Assert.Equal(Articles, int.Parse(counts.Groups["added"].Value) + int.Parse(counts.Groups["unchanged"].Value));
        Assert.Equal("0", counts.Groups["skipped"].Value);
        using var after = _folder.OpenDatabase();
        Assert.Equal(Articles, TestFolder.Scalar(after, "SELECT count(*) FROM article"));
    }

    private long WaitForCommittedArticles(Process process, int minimum, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !process.HasExited)
        {
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

        return -1;
    }

    [GeneratedRegex(@"^added (?<added>\d+), updated 0, unchanged (?<unchanged>\d+), removed 0, skipped (?<skipped>\d+) \(1 files read, 0 unchanged\)$")]
    private static partial Regex SummaryCounts();
}

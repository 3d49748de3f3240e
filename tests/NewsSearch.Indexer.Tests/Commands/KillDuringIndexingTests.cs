using System.Diagnostics;
using System.Text.RegularExpressions;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>
/// An indexing run on the Lucene.Net engine killed hard part-way leaves its last commit readable and
/// healthy (CheckIndex and ours), and the next run completes it with no article lost or doubled.
/// Runs with the ICU segmenter: the kill lands the same way with either, and ICU's analysis costs
/// 5-6x less than SmartCn's, which keeps the two runs over 4,000 articles to seconds on two cores.
/// </summary>
public sealed partial class KillDuringIndexingTests : IDisposable
{
    private const int Articles = 4000;

    private readonly TestFolder _folder = new();

    private string IndexPath => _folder.In("index");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task KillingTheIndexerMidRunLeavesAHealthyIndexThatTheNextRunCompletes()
    {
        var corpus = _folder.In("generated.jsonl");
        var generated = _folder.Run("generate", "--count", Articles.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", "3", "--out", corpus, "--corpus", TestFolder.SeedCorpus);
        Assert.True(generated.ExitCode == 0, generated.ToString());

        string[] index = ["index", corpus, "--engine", "lucene", "--segmenter", "icu", "--db", IndexPath];
        using (var process = IndexerCli.Start(_folder.Root, index))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // Seconds on a quiet machine; the limits allow for two cores shared with other test runs.
            var committed = WaitForCommittedArticles(process, minimum: 500, TimeSpan.FromSeconds(90));
            process.Kill(entireProcessTree: true);
            await Bounded.WaitForExitAsync(process, TimeSpan.FromSeconds(30), "the killed indexer");
            var output = await stdout.Within(IndexerCli.OutputLimit, "the killed indexer's output");
            await stderr.Within(IndexerCli.OutputLimit, "the killed indexer's errors");
            // SIGKILL ends a process with 128 + 9. A run that had finished before the kill exits 0: then
            // nothing was crashed, and the rest of the test would prove nothing.
            Assert.True(process.ExitCode == 137, $"the indexer exited {process.ExitCode} by itself before the kill ({committed} articles seen committed):\n{output}");
        }

        long kept;
        using (var killed = LuceneArticleIndex.Open(IndexPath))
        {
            kept = killed.LoadCatalog().Count;
            Assert.True(kept < Articles, $"all {Articles} articles were committed before the kill");
            Assert.Empty(killed.CheckIntegrity());
        }

        var check = _folder.Run("check", "--engine", "lucene", "--db", IndexPath);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal($"ok: {kept} articles, the lucene index at {IndexPath} passed its checks", check.Stdout.Trim());

        var rerun = IndexerCli.Run(_folder.Root, TimeSpan.FromMinutes(4), index);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var counts = SummaryCounts().Match(rerun.Summary);
        Assert.True(counts.Success, rerun.Summary);
        // Exactly the articles the kill cut off are added; what was committed before it is kept as it was.
        Assert.Equal((Articles - kept, kept, 0L), (long.Parse(counts.Groups["added"].Value), long.Parse(counts.Groups["unchanged"].Value), long.Parse(counts.Groups["skipped"].Value)));
        using var after = LuceneArticleIndex.Open(IndexPath);
        Assert.Equal(Articles, after.LoadCatalog().Count);
        Assert.Empty(after.CheckIntegrity());
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

            // Opening before the indexer's first commit would create the index and race it for the lock.
            if (Directory.Exists(IndexPath) && Directory.GetFiles(IndexPath, "segments_*").Length > 0)
            {
                using var index = LuceneArticleIndex.Open(IndexPath);
                var count = index.LoadCatalog().Count;
                if (count > minimum)
                {
                    return count;
                }
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"the indexer had not committed {minimum} articles within {timeout.TotalSeconds:0} s");
    }

    [GeneratedRegex(@"^added (?<added>\d+), updated 0, unchanged (?<unchanged>\d+), removed 0, skipped (?<skipped>\d+) \(1 files read, 0 unchanged\)$")]
    private static partial Regex SummaryCounts();
}

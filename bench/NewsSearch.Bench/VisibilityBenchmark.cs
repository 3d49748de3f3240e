using System.Diagnostics;
using System.Globalization;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>
/// From a write's commit to the article being found, in process over a large index: each probe is a
/// new article with a word of its own, written and committed as the service writes a POST, then
/// searched for until found. The first search after a commit reads the new reader's catalog, which
/// is what this measures at sizes the HTTP script (tools/bench-visibility.sh) would take long to fill.
/// The probes are deleted again at the end, so the index is left as it was found.
/// </summary>
internal static class VisibilityBenchmark
{
    public static int Run(string database, int probes, TextWriter output)
    {
        using var index = ArticleIndexes.Open(ArticleIndexes.Lucene, database);
        using var analyzer = IndexAnalyzers.For(index);
        var preparer = new ArticlePreparer(analyzer, new FacetTagger(FacetVocabulary.Default, analyzer.Folder));
        var search = new SearchService(index, analyzer, FacetVocabulary.Default, matchCacheSize: 0);
        var load = Stopwatch.StartNew();
        var count = search.CurrentCatalog().Count;
        output.WriteLine($"index: {count} articles, first catalog read in {load.Elapsed.TotalMilliseconds:0} ms");

        var commits = new List<double>();
        var visible = new List<double>();
        var catalogs = new List<double>();
        var ids = new List<string>();
        for (var i = 0; i < probes; i++)
        {
            var word = $"visprobe{Environment.ProcessId}x{i}";
            var article = new Article
            {
                Id = "visibility-" + word,
                Title = "可见性测试 " + word,
                Published = new DateOnly(2025, 1, 1),
                Source = "测试",
                Body = $"苏州工业园区发布新的开放政策。{word} 这是第 {i} 篇测试文章。",
            };
            ids.Add(article.Id);
            var clock = Stopwatch.GetTimestamp();
            using (var batch = index.BeginBatch())
            {
                batch.Upsert(preparer.Prepare(article));
                batch.Commit();
            }

            commits.Add(Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
            clock = Stopwatch.GetTimestamp();
            search.CurrentCatalog(); // what the first search reads first, timed on its own
            catalogs.Add(Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
            var searches = 1;
            while (search.Search(new SearchRequest { Query = word }).Total == 0)
            {
                searches++;
            }

            visible.Add(Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"probe {i}: commit {commits[^1],8:0.0} ms, found after {visible[^1],8:0.0} ms ({searches} searches; the new reader's catalog {catalogs[^1]:0.0} ms of it)"));
        }

        using (var batch = index.BeginBatch())
        {
            ids.ForEach(id => batch.Delete(id));
            batch.Commit();
        }

        commits.Sort();
        visible.Sort();
        catalogs.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"commit_p50_ms={Percentile(commits, 0.5):0.0} commit_p99_ms={Percentile(commits, 0.99):0.0} " +
            $"found_p50_ms={Percentile(visible, 0.5):0.0} found_p99_ms={Percentile(visible, 0.99):0.0} catalog_p50_ms={Percentile(catalogs, 0.5):0.0}"));
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

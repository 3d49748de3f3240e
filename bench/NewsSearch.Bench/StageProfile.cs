using System.Diagnostics;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>Times each indexing stage alone, on one thread, over the same articles: where the time goes.</summary>
internal static class StageProfile
{
    public static void Run(string input, int limit, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var articles = new ArticleFileReader().ReadItems(input, Path.GetDirectoryName(Path.GetFullPath(input))!)
            .Where(i => i.Article is not null).Select(i => i.Article!).Take(limit).ToList();
        var read = clock.Elapsed;
        var characters = articles.Sum(a => (long)a.Body.Length + a.Title.Length);
        using var analyzer = new Analyzer();
        var tagger = new FacetTagger(FacetVocabulary.Default, analyzer.Folder);
        var segmenter = new IcuWordSegmenter();

        // Warm up ICU, the JIT and the fold caches so the figures are steady-state.
        foreach (var a in articles.Take(200))
        {
            analyzer.Analyze(a.Body);
            tagger.Tag(a.Title, a.Body);
        }

        var fold = Time(() => articles.ForEach(a => analyzer.Folder.Fold(a.Body)));
        var folded = articles.Select(a => analyzer.Folder.Fold(a.Body).Text).ToList();
        var segment = Time(() => folded.ForEach(t => segmenter.Segment(t)));
        var analyze = Time(() => articles.ForEach(a => analyzer.Analyze(a.Body)));
        var tag = Time(() => articles.ForEach(a => tagger.Tag(a.Title, a.Body)));
        var preparer = new ArticlePreparer(analyzer, tagger);
        var prepared = articles.Select(preparer.Prepare).ToList();
        var columns = Time(() => articles.ForEach(a => analyzer.IndexTerms(a.Body)));

        var path = Path.Combine(Path.GetTempPath(), $"newssearch-stages-{Environment.ProcessId}.db");
        using var index = SqliteArticleIndex.Open(path, rebuild: true);
        var write = Time(() =>
        {
            foreach (var chunk in prepared.Chunk(500))
            {
                using var batch = index.BeginBatch();
                foreach (var p in chunk)
                {
                    batch.Upsert(p);
                }

                batch.Commit();
            }
        });
        SqliteArticleIndex.Delete(path);

        var n = articles.Count;
        output.WriteLine($"articles={n} chars/article={characters / Math.Max(1, n)} read+clean(total)={read.TotalSeconds:0.00}s");
        Line(output, "fold (NFKC, lower, T->S)", fold, n, characters);
        Line(output, "ICU word segmentation", segment, n, characters);
        Line(output, "analyze (fold+segment+bigrams)", analyze, n, characters);
        Line(output, "tagging", tag, n, characters);
        Line(output, "index terms (fold+segment+bigrams)", columns, n, characters);
        Line(output, "SQLite write (1 thread)", write, n, characters);
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static void Line(TextWriter output, string stage, TimeSpan time, int articles, long characters) =>
        output.WriteLine($"{stage,-32} {time.TotalMilliseconds / articles,8:0.000} ms/article {time.TotalMicroseconds / characters,8:0.000} us/char");
}

using System.Diagnostics;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>Times each indexing stage alone, on one thread, over the same articles: where the time goes.</summary>
internal static class StageProfile
{
    public static void Run(string input, int limit, string segmenterName, string engine, TextWriter output)
    {
        List<Article> articles = [];
        var read = Time(() => articles = new ArticleFileReader().ReadItems(input, Path.GetDirectoryName(Path.GetFullPath(input))!)
            .Where(i => i.Article is not null).Select(i => i.Article!).Take(limit).ToList());
        var characters = articles.Sum(a => (long)a.Body.Length + a.Title.Length);
        using var analyzer = new Analyzer(WordSegmenters.Create(segmenterName));
        var tagger = new FacetTagger(FacetVocabulary.Default, analyzer.Folder);
        using var segmenter = WordSegmenters.Create(segmenterName);

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
        var prepare = Time(() => articles.ForEach(a => preparer.Prepare(a)));

        var path = Path.Combine(Path.GetTempPath(), $"newssearch-stages-{Environment.ProcessId}");
        var index = ArticleIndexes.Open(engine, path, rebuild: true, analyzer.Segmenter);
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
        index.Dispose();
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        var n = articles.Count;
        output.WriteLine($"articles={n} chars/article={characters / Math.Max(1, n)} load={File.ReadAllText("/proc/loadavg").Trim()}");
        Line(output, "read and clean JSON Lines", read, n, characters);
        Line(output, "fold (NFKC, lower, T->S)", fold, n, characters);
        Line(output, $"{analyzer.Segmenter} word segmentation", segment, n, characters);
        Line(output, "analyze (fold+segment+bigrams)", analyze, n, characters);
        Line(output, "tagging", tag, n, characters);
        Line(output, "prepare (tag+hash+3 columns+signature)", prepare, n, characters);
        Line(output, "index terms (fold+segment+bigrams)", columns, n, characters);
        Line(output, $"{engine} write (1 thread)", write, n, characters);
    }

    // CPU time as well as wall time: on a shared machine the wall time of one thread says how busy the others were.
    private static Stage Time(Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        action();
        return new Stage(clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    private static void Line(TextWriter output, string stage, Stage time, int articles, long characters) =>
        output.WriteLine($"{stage,-40} {time.Wall.TotalMilliseconds / articles,8:0.000} ms/article {time.Wall.TotalMicroseconds / characters,8:0.000} us/char " +
            $"cpu {time.Cpu.TotalMilliseconds / articles,8:0.000} ms/article  allocated {time.Allocated / articles / 1024,6} KB/article");

    private readonly record struct Stage(TimeSpan Wall, TimeSpan Cpu, long Allocated);
}

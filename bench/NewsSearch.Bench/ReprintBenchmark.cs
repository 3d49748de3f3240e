using System.Diagnostics;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Generation;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>
/// Pairwise precision and recall of reprint grouping over a generated corpus with known stories,
/// the similarity of same-story and distinct-story candidate pairs, and what signing costs.
/// </summary>
internal static class ReprintBenchmark
{
    public static void Run(int count, int seed, double share, string corpus, TextWriter output)
    {
        using var analyzer = new Analyzer();
        var reader = new ArticleFileReader();
        var seeds = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => reader.Read(f, corpus).Articles).ToList();
        var pool = SentencePool.Build(seeds, new FacetTagger(FacetVocabulary.Default, analyzer.Folder, minimumMentions: 1), analyzer.Script);
        var generated = new CorpusGenerator(pool, analyzer.Script) { ReprintShare = share }.Generate(count, seed)
            .Select(g => g with { Article = g.Article with { Body = ArticleCleaner.JoinParagraphs(ArticleCleaner.Clean(g.Article.Body)) } })
            .ToList();
        var story = generated.ToDictionary(g => g.Article.Id, g => g.Story!);

        var preparer = new ArticlePreparer(analyzer, new FacetTagger(FacetVocabulary.Default, analyzer.Folder));
        var clock = Stopwatch.StartNew();
        var prepared = generated.AsParallel().AsOrdered().Select(g => preparer.Prepare(g.Article)).ToList();
        var prepare = clock.Elapsed;
        var signer = new ReprintSignatureBuilder(analyzer.Folder);
        clock.Restart();
        generated.AsParallel().ForAll(g => signer.Compute(g.Article.Body));
        var sign = clock.Elapsed;

        var path = Path.Combine(Path.GetTempPath(), $"newssearch-reprints-{Environment.ProcessId}");
        using (var unsigned = LuceneArticleIndex.Open(path, rebuild: true))
        {
            var withoutSignatures = Write(unsigned, prepared.Select(p => p with { Signature = null }).ToList());
            output.WriteLine($"write without signatures (1 thread)={count / withoutSignatures.TotalSeconds:0} articles/s");
        }

        using (var index = LuceneArticleIndex.Open(path, rebuild: true))
        {
            var write = Write(index, prepared);
            var predicted = generated.ToDictionary(g => g.Article.Id, g => index.ReprintGroupOf(g.Article.Id)!.Group);
            var (truePairs, predictedPairs, both) = PairCounts(story, predicted);
            output.WriteLine($"articles={count} seed={seed} share={share} stories={story.Values.Distinct().Count()} groups={predicted.Values.Distinct().Count()}");
            output.WriteLine($"pairs: true={truePairs} predicted={predictedPairs} correct={both}");
            output.WriteLine($"precision={Ratio(both, predictedPairs):0.0000} recall={Ratio(both, truePairs):0.0000}");
            output.WriteLine($"prepare (analysis+tagging+signature, {Environment.ProcessorCount} threads)={count / prepare.TotalSeconds:0} articles/s; " +
                $"signature alone={count / sign.TotalSeconds:0} articles/s ({sign / prepare:P1} of prepare); write (1 thread)={count / write.TotalSeconds:0} articles/s");
        }

        Directory.Delete(path, recursive: true);
        CandidateSimilarities(prepared, story, output);
    }

    private static TimeSpan Write(IArticleIndex index, List<IndexedArticle> prepared)
    {
        var clock = Stopwatch.StartNew();
        foreach (var chunk in prepared.Chunk(500))
        {
            using var batch = index.BeginBatch();
            Array.ForEach(chunk, p => batch.Upsert(p));
            batch.Commit();
        }

        return clock.Elapsed;
    }

    // Pairs an LSH band lookup would propose, split by whether they are truly the same story.
    private static void CandidateSimilarities(List<IndexedArticle> prepared, Dictionary<string, string> story, TextWriter output)
    {
        var byBand = new Dictionary<long, List<int>>();
        for (var i = 0; i < prepared.Count; i++)
        {
            foreach (var key in prepared[i].Signature?.BandKeys() ?? [])
            {
                (byBand.TryGetValue(key, out var list) ? list : byBand[key] = []).Add(i);
            }
        }

        var pairs = byBand.Values.SelectMany(l => l.SelectMany((a, x) => l.Skip(x + 1).Select(b => (a, b)))).Distinct().ToList();
        var same = new List<double>();
        var distinct = new List<double>();
        foreach (var (a, b) in pairs)
        {
            var similarity = prepared[a].Signature!.Similarity(prepared[b].Signature!);
            (story[prepared[a].Article.Id] == story[prepared[b].Article.Id] ? same : distinct).Add(similarity);
        }

        same.Sort();
        distinct.Sort();
        output.WriteLine($"candidate pairs: same story n={same.Count} min={At(same, 0):0.000} p1={At(same, 0.01):0.000} median={At(same, 0.5):0.000}");
        output.WriteLine($"candidate pairs: distinct stories n={distinct.Count} median={At(distinct, 0.5):0.000} p99={At(distinct, 0.99):0.000} max={At(distinct, 1):0.000}" +
            $" at/above threshold {ReprintDefaults.SimilarityThreshold}: {distinct.Count(s => s >= ReprintDefaults.SimilarityThreshold)}");
    }

    private static (long True, long Predicted, long Both) PairCounts(Dictionary<string, string> truth, Dictionary<string, string> predicted)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        return (
            Pairs(truth.Values.GroupBy(s => s).Select(g => g.Count())),
            Pairs(predicted.Values.GroupBy(s => s).Select(g => g.Count())),
            Pairs(truth.Keys.GroupBy(id => (truth[id], predicted[id])).Select(g => g.Count())));
    }

    private static double Ratio(long part, long whole) => whole == 0 ? 1 : (double)part / whole;

    private static double At(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Round(quantile * (sorted.Count - 1))];
}

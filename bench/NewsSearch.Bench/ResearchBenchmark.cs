using System.Diagnostics;
using System.Globalization;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Concordance;
using NewsSearch.Core.Search.Terms;
using NewsSearch.Core.Search.Trends;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>
/// The research tools of issue #18 against an index, in process, match cache off: the first
/// concordance page of a rare word (given, or picked as <see cref="RareWord"/> says) and of a common word, the significant terms of a result set, a trend
/// of three queries (median and worst of the repeats), and a concordance export of the common word
/// to a null stream with the managed heap sampled every 50,000 lines (flat means it streams).
/// </summary>
internal static class ResearchBenchmark
{
    private const int SampleEvery = 50_000;

    public static async Task<int> Run(
        string engine, string database, string? rare, string common, string termsQuery, IReadOnlyList<string> trendQueries, int repeat, TextWriter output)
    {
        using var index = ArticleIndexes.Open(engine, database);
        using var analyzer = IndexAnalyzers.For(index);
        var search = new SearchService(index, analyzer, FacetVocabulary.Default, matchCacheSize: 0);
        var concordancer = new Concordancer(search, analyzer);
        var terms = new SignificantTerms(search, index, analyzer);
        var trends = new SearchTrends(search);
        output.WriteLine($"index: {search.CurrentCatalog().Count} articles ({engine}, {index.Segmenter})");
        if (rare is null)
        {
            var (word, articles, fromOccurrences) = RareWord.Pick(index, search.CurrentCatalog(), analyzer);
            rare = word;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rare word: '{rare}', in {articles} articles ({100.0 * articles / search.CurrentCatalog().Count:0.00}%, {(fromOccurrences ? "bodies holding it" : "holding it as a word")}), the nearest 1% among the words of {RareWord.SampledArticles} sampled bodies"));
        }

        int total = 0;
        ConcordanceResponse? page = null;
        Time("concordance_rare_first_page", () => page = concordancer.Page(new ConcordanceRequest { Search = new SearchRequest { Query = rare } }));
        output.WriteLine($"  '{rare}': {page!.Total} occurrences in {page.Articles} articles");
        Time("concordance_common_first_page", () => page = concordancer.Page(new ConcordanceRequest { Search = new SearchRequest { Query = common } }));
        output.WriteLine($"  '{common}': {page!.Total} occurrences in {page.Articles} articles");
        Time("terms", () => total = terms.Find(new SearchRequest { Query = termsQuery }, SignificantTerms.DefaultLimit).ForegroundSize);
        output.WriteLine($"  '{termsQuery}': {total} articles in the set");
        Time("trends", () => trends.Count(trendQueries, new SearchRequest(), TrendInterval.Month));

        var samples = new List<long>();
        var clock = Stopwatch.StartNew();
        var lines = concordancer.Read(new ConcordanceRequest { Search = new SearchRequest { Query = common } }).Lines;
        var written = await ConcordanceWriter.ForName("csv")!.WriteAsync(Stream.Null, Sampled(lines, samples));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"concordance_export lines={written} s={clock.Elapsed.TotalSeconds:0.00} heap_mb=[{string.Join(", ", samples.Select(s => (s / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)))}]"));
        return 0;

        void Time(string name, Action run)
        {
            run(); // warm-up
            var times = new List<double>();
            for (var r = 0; r < repeat; r++)
            {
                var start = Stopwatch.GetTimestamp();
                run();
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} median_ms={times[times.Count / 2]:0.0} max_ms={times[^1]:0.0} runs={repeat}"));
        }
    }

    private static IEnumerable<ConcordanceLine> Sampled(IEnumerable<ConcordanceLine> lines, List<long> samples)
    {
        var count = 0;
        foreach (var line in lines)
        {
            yield return line;
            if (++count % SampleEvery == 0)
            {
                samples.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }
    }
}

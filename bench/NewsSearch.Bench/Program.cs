using System.CommandLine;
using NewsSearch.Bench;

var root = new RootCommand("NewsSearch benchmarks");

var stagesInput = new Option<string>("--input") { Required = true, Description = "A generated JSON Lines corpus" };
var stagesLimit = new Option<int>("--limit") { DefaultValueFactory = _ => 5000 };
var stagesSegmenter = new Option<string>("--segmenter") { DefaultValueFactory = _ => "icu", Description = "smartcn or icu" };
var stagesEngine = new Option<string>("--engine") { DefaultValueFactory = _ => "lucene", Description = "The engine of the write stage" };
var stages = new Command("stages", "Time each indexing stage alone") { stagesInput, stagesLimit, stagesSegmenter, stagesEngine };
stages.SetAction(p => StageProfile.Run(p.GetValue(stagesInput)!, p.GetValue(stagesLimit), p.GetValue(stagesSegmenter)!, p.GetValue(stagesEngine)!, Console.Out));
root.Subcommands.Add(stages);

var indexInput = new Option<string>("--input") { Required = true, Description = "A generated JSON Lines corpus" };
var indexEngine = new Option<string>("--engine") { DefaultValueFactory = _ => "lucene", Description = "lucene or postgres" };
var indexLocation = new Option<string>("--db") { Required = true, Description = "Index directory or file; deleted first" };
var indexSegmenter = new Option<string>("--segmenter") { DefaultValueFactory = _ => "smartcn", Description = "smartcn or icu" };
var indexWorkers = new Option<int>("--workers") { DefaultValueFactory = _ => Environment.ProcessorCount };
var indexing = new Command("index", "One indexing run in process: throughput, CPU per article, GC pauses, peak memory")
{
    indexInput, indexEngine, indexLocation, indexSegmenter, indexWorkers,
};
indexing.SetAction(p => IndexBenchmark.Run(
    p.GetValue(indexInput)!, p.GetValue(indexEngine)!, p.GetValue(indexLocation)!, p.GetValue(indexSegmenter)!, p.GetValue(indexWorkers), Console.Out));
root.Subcommands.Add(indexing);

var database = new Option<string>("--db") { Required = true, Description = "Index directory (with --engine postgres: the connection string)" };
var engine = new Option<string>("--engine") { DefaultValueFactory = _ => "lucene", Description = "lucene or postgres" };
var queries = new Option<string>("--queries") { Required = true, Description = "Query mix, one per line" };
var warmup = new Option<int>("--warmup") { DefaultValueFactory = _ => 3 };
var repeat = new Option<int>("--repeat") { DefaultValueFactory = _ => 20 };
var cache = new Option<bool>("--cache") { Description = "Keep the match cache on (repeats then measure facet clicks, not the engine)" };
var query = new Command("query", "Latency of a query mix, in process") { database, engine, queries, warmup, repeat, cache };
query.SetAction(p => QueryBenchmark.Run(
    p.GetValue(engine)!, p.GetValue(database)!, p.GetValue(queries)!, p.GetValue(warmup), p.GetValue(repeat), p.GetValue(cache), Console.Out));
root.Subcommands.Add(query);

var visibilityDatabase = new Option<string>("--db") { Required = true, Description = "Lucene.Net index directory (probe articles are added, then deleted)" };
var visibilityProbes = new Option<int>("--probes") { DefaultValueFactory = _ => 20 };
var visibility = new Command("visibility", "From a commit to the article being found by a search, in process") { visibilityDatabase, visibilityProbes };
visibility.SetAction(p => VisibilityBenchmark.Run(p.GetValue(visibilityDatabase)!, p.GetValue(visibilityProbes), Console.Out));
root.Subcommands.Add(visibility);

var exportDatabase = new Option<string>("--db") { Required = true, Description = "Index directory" };
var exportQuery = new Option<string?>("--query") { Description = "Query whose hits to export (default: every article)" };
var exportFormat = new Option<string>("--format") { DefaultValueFactory = _ => "csv", Description = "csv or jsonl" };
var export = new Command("export", "Memory and speed of streaming a whole result set to a null stream") { exportDatabase, exportQuery, exportFormat };
export.SetAction(p => ExportBenchmark.Run(p.GetValue(exportDatabase)!, p.GetValue(exportQuery), p.GetValue(exportFormat)!, Console.Out));
root.Subcommands.Add(export);

var reprintCount = new Option<int>("--count") { DefaultValueFactory = _ => 20_000 };
var reprintSeed = new Option<int>("--seed") { DefaultValueFactory = _ => 7 };
var reprintShare = new Option<double>("--share") { DefaultValueFactory = _ => 0.2, Description = "Share of stories republished" };
var reprintCorpus = new Option<string>("--corpus") { DefaultValueFactory = _ => "corpus", Description = "Folder of real articles whose sentences are reused" };
var reprints = new Command("reprints", "Precision and recall of reprint grouping over a generated corpus with known stories")
{
    reprintCount, reprintSeed, reprintShare, reprintCorpus,
};
reprints.SetAction(p => ReprintBenchmark.Run(
    p.GetValue(reprintCount), p.GetValue(reprintSeed), p.GetValue(reprintShare), p.GetValue(reprintCorpus)!, Console.Out));
root.Subcommands.Add(reprints);

var taggingSet = new Option<string>("--set") { DefaultValueFactory = _ => "bench/tagging/judged.jsonl", Description = "Judged articles, JSON Lines" };
var taggingTaxonomy = new Option<string?>("--taxonomy") { Description = "A vocabulary file (default: the built-in corpus/taxonomy.json)" };
var taggingMisses = new Option<bool>("--misses") { Description = "Also list every extra and missed tag" };
var tagging = new Command("tagging", "Precision and recall of the zone, partner and sector tags on a judged set") { taggingSet, taggingTaxonomy, taggingMisses };
tagging.SetAction(p => TaggingBenchmark.Run(p.GetValue(taggingSet)!, p.GetValue(taggingTaxonomy), p.GetValue(taggingMisses), Console.Out));
root.Subcommands.Add(tagging);

var researchDatabase = new Option<string>("--db") { Required = true, Description = "Index directory (with --engine postgres: the connection string)" };
var researchEngine = new Option<string>("--engine") { DefaultValueFactory = _ => "lucene", Description = "lucene or postgres" };
var researchRare = new Option<string?>("--rare") { Description = "A word in about 1% of the articles (default: the word of a sample of bodies nearest 1%)" };
var researchCommon = new Option<string>("--common") { Required = true, Description = "A word in (nearly) every article" };
var researchTerms = new Option<string>("--terms-query") { Required = true, Description = "A query matching about 10,000 articles" };
var researchTrends = new Option<string[]>("--trend") { Required = true, Description = "A trend query (give three)", AllowMultipleArgumentsPerToken = true };
var researchRepeat = new Option<int>("--repeat") { DefaultValueFactory = _ => 5 };
var research = new Command("research", "Concordance, significant terms, trends and a concordance export (issue #18's floors), in process")
{
    researchDatabase, researchEngine, researchRare, researchCommon, researchTerms, researchTrends, researchRepeat,
};
research.SetAction(p => ResearchBenchmark.Run(
    p.GetValue(researchEngine)!, p.GetValue(researchDatabase)!, p.GetValue(researchRare), p.GetValue(researchCommon)!,
    p.GetValue(researchTerms)!, p.GetValue(researchTrends)!, p.GetValue(researchRepeat), Console.Out));
root.Subcommands.Add(research);

return await root.Parse(args).InvokeAsync();

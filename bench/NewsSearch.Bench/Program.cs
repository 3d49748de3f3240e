using System.CommandLine;
using NewsSearch.Bench;

var root = new RootCommand("NewsSearch benchmarks");

var stagesInput = new Option<string>("--input") { Required = true, Description = "A generated JSON Lines corpus" };
var stagesLimit = new Option<int>("--limit") { DefaultValueFactory = _ => 5000 };
var stages = new Command("stages", "Time each indexing stage alone") { stagesInput, stagesLimit };
stages.SetAction(p => StageProfile.Run(p.GetValue(stagesInput)!, p.GetValue(stagesLimit), Console.Out));
root.Subcommands.Add(stages);

var database = new Option<string>("--db") { Required = true, Description = "Index directory (with --engine sqlite: the file; postgres: the connection string)" };
var engine = new Option<string>("--engine") { DefaultValueFactory = _ => "lucene", Description = "lucene, sqlite or postgres" };
var queries = new Option<string>("--queries") { Required = true, Description = "Query mix, one per line" };
var warmup = new Option<int>("--warmup") { DefaultValueFactory = _ => 3 };
var repeat = new Option<int>("--repeat") { DefaultValueFactory = _ => 20 };
var cache = new Option<bool>("--cache") { Description = "Keep the match cache on (repeats then measure facet clicks, not the engine)" };
var query = new Command("query", "Latency of a query mix, in process") { database, engine, queries, warmup, repeat, cache };
query.SetAction(p => QueryBenchmark.Run(
    p.GetValue(engine)!, p.GetValue(database)!, p.GetValue(queries)!, p.GetValue(warmup), p.GetValue(repeat), p.GetValue(cache), Console.Out));
root.Subcommands.Add(query);

var exportDatabase = new Option<string>("--db") { Required = true, Description = "Index file" };
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

return await root.Parse(args).InvokeAsync();

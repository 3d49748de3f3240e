using System.CommandLine;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Generation;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>generate --count N --seed S --out file.jsonl</c>: a deterministic synthetic corpus for scale tests.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Articles to generate", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same file", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "JSON Lines file to write", Required = true };
        var corpus = new Option<string>("--corpus") { Description = "Folder of real articles whose sentences are reused", DefaultValueFactory = _ => "corpus" };
        var traditional = new Option<double>("--traditional") { Description = "Share of articles in Traditional script", DefaultValueFactory = _ => 0.15 };
        var reprints = new Option<double>("--reprints")
        {
            Description = "Share of stories republished 1 to 4 times (other site, headline, furniture, maybe Traditional); labels.story names each one's original",
            DefaultValueFactory = _ => 0,
        };
        var taxonomy = CommonOptions.Taxonomy();

        var command = new Command("generate", "Generate realistic articles with known tags from the corpus's own sentences")
        {
            count, seed, output, corpus, traditional, reprints, taxonomy,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            if (n < 0)
            {
                throw new UsageException("--count must be 0 or more", ExitCodes.Usage);
            }

            if (parse.GetValue(reprints) is < 0 or > 1)
            {
                throw new UsageException("--reprints must be between 0 and 1", ExitCodes.Usage);
            }

            var vocabulary = parse.GetValue(taxonomy) is { } path ? FacetVocabulary.Load(path) : FacetVocabulary.Default;
            using var analyzer = new Analyzer();
            var reader = new ArticleFileReader();
            var files = Directory.Exists(parse.GetValue(corpus))
                ? Directory.GetFiles(parse.GetValue(corpus)!, "*.txt").Order(StringComparer.Ordinal).ToList()
                : throw new UsageException($"corpus folder '{parse.GetValue(corpus)}' not found", ExitCodes.Usage);
            var seeds = files.SelectMany(f => reader.Read(f, parse.GetValue(corpus)!).Articles).ToList();
            var pool = SentencePool.Build(seeds, new FacetTagger(vocabulary, analyzer.Folder, minimumMentions: 1), analyzer.Script);
            var generator = new CorpusGenerator(pool, analyzer.Script)
            {
                TraditionalShare = parse.GetValue(traditional),
                ReprintShare = parse.GetValue(reprints),
            };

            var target = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var stream = new BufferedStream(File.Create(target), 1 << 20);
            var written = GeneratedCorpusWriter.Write(stream, generator.Generate(n, parse.GetValue(seed)));
            Console.Out.WriteLine($"generated {written} articles from {pool.Sentences.Count} sentences of {seeds.Count} articles into {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}

using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Index.Lucene;

/// <summary>
/// The occurrence counts the Lucene index gives the concordance against the text scan they stand in
/// for, on random bodies from a small alphabet (so words repeat, overlap and cross scripts) written
/// to a real index on disk, for random highlights. Runs from a fixed seed, so a failure replays.
/// </summary>
public sealed class BodyOccurrencesPropertyTests(AnalyzerFixture analysis) : IClassFixture<AnalyzerFixture>, IDisposable
{
    private const ulong Seed = 20261205;

    private static readonly string[] HanChars = ["苏", "蘇", "州", "工", "业", "業", "园", "園", "区", "哈", "中", "国", "〇"];

    private static readonly string[] Others =
    [
        "leed", "LEED", "Leed's", "ai", "said", "don't", "u.s.", "abc_def", "ｌｅｅｄ", "カ", "2019", "1,000", "3.5", "12",
        "，", "。", ",", ".", "'", "-", "_", "(", ")", "“", "”", " ", "\n", "\n\n", "\u3000",
    ];

    private static readonly string[] NotHanHighlights = ["leed", "ai", "2019", "leed苏", "苏州 工业", "1000", "dont", "u"];

    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-occurrences-").FullName;
    private readonly Analyzer _analyzer = analysis.Analyzer;
    private int _case;

    private static Gen<string> Body { get; } = Gen.ListOf(Gen.Frequency(
            (6, Gen.Elements(HanChars)),
            (2, Gen.Elements(Others)),
            (1, Gen.Elements("哈哈哈", "苏州工业园区", "蘇州工業園區", "〇〇")))).Select(parts => string.Concat(parts));

    private static Gen<string> Highlight { get; } = Gen.Frequency(
        (8, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(HanChars), n)).Select(cs => string.Concat(cs))),
        (1, Gen.Elements(NotHanHighlights)));

    [Fact]
    public void BodyOccurrences_RandomBodiesAndHighlights_EqualTheTextScan()
    {
        var cases = Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Body, n))
            .Zip(Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Highlight, n)), (bodies, highlights) => (bodies, highlights));
        var config = Config.QuickThrowOnFailure.WithMaxTest(150)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

        Check.One(config, Prop.ForAll(cases.ToArbitrary(), c => CountsEqualTheScan(c.bodies, c.highlights)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void CountsEqualTheScan(string[] bodies, string[] typed)
    {
        // Highlights reach the engine folded, as the query parser gives them.
        var highlights = typed.Select(_analyzer.Folder.FoldToString).ToList();
        using var index = LuceneArticleIndex.Open(Path.Combine(_folder, "case" + _case++));
        var preparer = new ArticlePreparer(_analyzer, new FacetTagger(FacetVocabulary.Default, _analyzer.Folder));
        using (var batch = index.BeginBatch())
        {
            for (var i = 0; i < bodies.Length; i++)
            {
                batch.Upsert(preparer.Prepare(new Article { Id = "a" + i, Title = "t" + i, Body = bodies[i] }));
            }

            batch.Commit();
        }

        var catalog = index.LoadCatalog();
        var counts = index.BodyOccurrences(highlights, catalog);
        var countable = highlights.All(h => h.All(CharClass.IsHan));
        var shown = $"highlights [{string.Join(", ", highlights)}]";
        Assert.True(countable == (counts is not null), $"{shown}: counted from the index {counts is not null}, expected {countable}");
        if (counts is null)
        {
            return;
        }

        var articles = index.Fetch(catalog.Keys, withOrigin: false);
        Assert.Equal(bodies.Length, articles.Count);
        for (var slot = 0; slot < catalog.Count; slot++)
        {
            var body = articles[catalog.Keys[slot]].Body;
            var scanned = SnippetBuilder.FindMarks(_analyzer.Folder.Fold(body).Text, highlights, mergeTouching: false).Count;
            Assert.True(scanned == counts[slot],
                $"{shown} in the body «{body.ReplaceLineEndings("⏎")}»: the index counts {counts[slot]}, the text scan {scanned}");
        }
    }
}

using System.Text;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Articles;

/// <summary>Random bytes and random HTML next to the real seeds: indexed without a crash, and no script text gets in.</summary>
public sealed class HostileCorpusTests : IDisposable
{
    private const string Marker = "XSSMARKER";
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-rel-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task IndexAsync_RandomBytesAndHtml_SkipsBadFilesWithReasonsAndKeepsScriptsOut()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        foreach (var seed in TestPaths.SeedFiles)
        {
            File.Copy(seed, Path.Combine(corpus, Path.GetFileName(seed)));
        }

        var random = new Random(606);
        var sentences = TestPaths.SeedFiles.SelectMany(f => File.ReadAllLines(f)).Where(l => l.Length > 20).ToArray();
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(0, 20_000)];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(corpus, $"bytes_{i:000}.{(i % 3 == 0 ? "html" : i % 3 == 1 ? "txt" : "jsonl")}"), bytes);
            File.WriteAllText(Path.Combine(corpus, $"page_{i:000}.html"), RandomHtml(random, sentences, i), i % 2 == 0 ? Encoding.UTF8 : new UTF8Encoding(false));
        }

        using var index = LuceneArticleIndex.Open(Path.Combine(_folder, "index"));
        using var analyzer = IndexAnalyzers.For(index);
        var indexer = new CorpusIndexer(index, new ArticleFileReader(), new ArticlePreparer(analyzer, new FacetTagger(FacetVocabulary.Default, analyzer.Folder)), TimeProvider.System);

        var summary = await indexer.IndexAsync([corpus], new IndexingOptions()).Within(TimeSpan.FromSeconds(60), "indexing the hostile corpus");

        Assert.All(summary.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason), s.Origin));
        Assert.Empty(index.CheckIntegrity());
        var indexedFiles = new List<string>();
        foreach (var article in index.Fetch(index.LoadCatalog().Keys).Values)
        {
            var text = string.Join('\n', article.Title, article.Body, article.Source, article.Author);
            Assert.DoesNotContain(Marker, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
            indexedFiles.Add(article.Origin!);
        }

        // Every one of the 85 files is accounted for exactly once: indexed, or skipped with a reason.
        var skippedFiles = summary.Skipped.Select(s => s.Origin.Split(":line ")[0]).Distinct().ToList();
        var allFiles = Directory.GetFiles(corpus).Select(f => Path.GetFileName(f)).ToList();
        Assert.Equal(85, summary.FilesRead);
        Assert.Equal(allFiles.Order(StringComparer.Ordinal), indexedFiles.Concat(skippedFiles).Order(StringComparer.Ordinal));

        // What seed 606 makes: every random page yields an article but page_012 (cut short inside its
        // head), the .html and .txt byte files are binary, and each line of the .jsonl ones is invalid JSON.
        string[] seedFiles = [.. TestPaths.SeedFiles.Select(f => Path.GetFileName(f))];
        string[] pages = [.. Enumerable.Range(0, 40).Where(i => i != 12).Select(i => $"page_{i:000}.html")];
        Assert.Equal(44, summary.Added);
        Assert.Equal([.. seedFiles, .. pages], indexedFiles.Order(StringComparer.Ordinal));
        Assert.Equal("no article text found in the page", Assert.Single(summary.Skipped, s => s.Origin.StartsWith("page_", StringComparison.Ordinal)).Reason);
        Assert.Equal(
            Enumerable.Range(0, 40).Where(i => i % 3 != 2).Select(i => $"bytes_{i:000}.{(i % 3 == 0 ? "html" : "txt")}"),
            summary.Skipped.Where(s => s.Reason == "binary file").Select(s => s.Origin));
        var badLines = summary.Skipped.Where(s => s.Origin.Contains(".jsonl:line ", StringComparison.Ordinal)).ToList();
        Assert.Equal(539, badLines.Count);
        Assert.All(badLines, s => Assert.StartsWith("invalid JSON: ", s.Reason, StringComparison.Ordinal));
        Assert.Equal(1 + 27 + 539, summary.Skipped.Count);
    }

    private static string RandomHtml(Random random, string[] sentences, int n)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>");
        html.Append(sentences[random.Next(sentences.Length)][..10]).Append("</title>");
        html.Append("<script>var ").Append(Marker).Append(" = 1;</script><style>.").Append(Marker).Append("{}</style></head><body>");
        for (var i = 0; i < random.Next(1, 12); i++)
        {
            switch (random.Next(7))
            {
                case 0:
                    html.Append("<script type=\"text/javascript\">document.write('").Append(Marker).Append("')</script>");
                    break;
                case 1:
                    html.Append("<style>p::after{content:'").Append(Marker).Append("'}</style>");
                    break;
                case 2:
                    html.Append("<div><p>").Append(sentences[random.Next(sentences.Length)]);
                    break;
                case 3:
                    html.Append("<SCRIPT>").Append(Marker).Append("<!-- </SCRIPT> -->");
                    break;
                case 4:
                    html.Append("<p>").Append(sentences[random.Next(sentences.Length)]).Append("</p>");
                    break;
                case 5:
                    html.Append("<noscript><script>").Append(Marker).Append("</script></noscript><p>")
                        .Append(sentences[random.Next(sentences.Length)]).Append("</p>");
                    break;
                default:
                    html.Append((char)random.Next(0x20, 0xD7FF)).Append("</div>&amp;&#x0;&lt;");
                    break;
            }
        }

        html.Append("<p>").Append(sentences[(n * 7) % sentences.Length]).Append("</p><script>").Append(Marker).Append("</script>");
        return random.Next(4) == 0 ? html.ToString()[..(html.Length / 2)] : html.Append("</body></html>").ToString();
    }
}

using System.Text;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Export;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>search --export</c>: every hit, in the service's export format, over the five real articles.</summary>
public sealed class SearchExportCommandTests(SearchAndShowCommandTests.IndexedCorpus corpus) : IClassFixture<SearchAndShowCommandTests.IndexedCorpus>
{
    [Theory]
    [InlineData(ExportFormat.Csv, "csv", "苏州")]
    [InlineData(ExportFormat.Csv, "csv", "新加坡 OR 深圳")]
    [InlineData(ExportFormat.JsonLines, "jsonl", "苏州")]
    public async Task SearchExportPrintsTheBytesTheServiceStreams(ExportFormat format, string name, string query)
    {
        var printed = Stdout("search", query, "--export", name, "--sort", "Newest", "--db", corpus.IndexPath);

        Assert.Equal(await ServiceExport(format, new SearchRequest { Query = query, Sort = SearchSort.Newest }), printed);
    }

    [Fact]
    public void SearchExportCsvHasTheBomTheHeaderAndEveryHitInOrder()
    {
        var json = corpus.Run("search", "苏州", "--json", "--page-size", "100").Json();
        var printed = Stdout("search", "苏州", "--export", "csv", "--db", corpus.IndexPath);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), printed[..3]);
        var lines = Encoding.UTF8.GetString(printed[3..]).Split("\r\n");
        Assert.Equal("id,title,published,source,url,zones,countries,sectors,score,heading,headingDerived", lines[0]);
        Assert.Equal(json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()), lines[1..^1].Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void SearchExportToAFileWritesWhatItWouldPrint()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newssearch-export-{Guid.NewGuid():N}.jsonl");
        try
        {
            var result = corpus.Run("search", "--zone", "xiangcheng", "--export", "jsonl", "--out", path);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal([$"exported 2 articles to {path}"], result.Lines);
            Assert.Equal(Stdout("search", "--zone", "xiangcheng", "--export", "jsonl", "--db", corpus.IndexPath), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SearchExportOfAnUnknownFormatExitsTwo()
    {
        var result = corpus.Run("search", "苏州", "--export", "xlsx");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(["error: --export must be csv or jsonl, not 'xlsx'"], result.ErrorLines);
        Assert.Empty(result.Stdout);
    }

    /// <summary>Standard output as raw bytes (a text reader would swallow the BOM).</summary>
    private static byte[] Stdout(params string[] args)
    {
        using var process = IndexerCli.Start(Path.GetTempPath(), args);
        using var bytes = new MemoryStream();
        var errors = process.StandardError.ReadToEndAsync();
        var what = $"indexer {string.Join(' ', args)}";
        var copied = process.StandardOutput.BaseStream.CopyToAsync(bytes);
        Bounded.WaitForExit(process, TimeSpan.FromSeconds(90), what);
        copied.Within(IndexerCli.OutputLimit, $"the output of {what}").GetAwaiter().GetResult();
        Assert.True(process.ExitCode == 0, errors.Within(IndexerCli.OutputLimit, $"the errors of {what}").GetAwaiter().GetResult());
        return bytes.ToArray();
    }

    /// <summary>What the HTTP API writes for the request: the same Core calls over the same index.</summary>
    private async Task<byte[]> ServiceExport(ExportFormat format, SearchRequest request)
    {
        using var index = LuceneArticleIndex.Open(corpus.IndexPath);
        using var analyzer = IndexAnalyzers.For(index);
        var results = new SearchService(index, analyzer, FacetVocabulary.Default).ReadAll(request);
        using var output = new MemoryStream();
        await ResultSetWriter.For(format).WriteAsync(output, results.Rows());
        return output.ToArray();
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>A corpus folder holding the real seeds next to files that are empty, binary, truncated, legacy-encoded, huge, malformed or duplicated.</summary>
public sealed class HostileCorpusTests : IDisposable
{
    private const string GbArticle = """
        吴中区石湖景区迎来了一年一度的枇杷采摘季。当地政府介绍,今年的枇杷产量比去年增长了两成,
        游客可以在果园里亲手采摘,也可以在网上下单,由物流企业送到全国各地。

        专家表示,发展乡村旅游和特色农业,是推动城乡融合发展的重要途径。
        """;

    private const string Big5Article = """
        吳江區的鱸魚養殖基地今年迎來豐收。當地企業負責人表示,通過引進新技術,養殖效率明顯提高,
        產品遠銷上海、杭州等城市。

        政府部門將繼續支持特色水產業發展,帶動更多農民增收致富。
        """;

    private const string TruncatedArticle = """
        昆山开发区举办了一场关于智能制造的论坛,来自各地的企业家交流了数字化转型的经验。
        论坛上,多家企业签署了合作协议,涉及工业互联网、新能源汽车零部件等领域。
        """;

    private readonly TestFolder _folder = new();

    static HostileCorpusTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EveryBadFileIsReportedOnItsOwnLineAndEveryGoodArticleIsIndexed()
    {
        var corpus = _folder.CopySeeds();
        Write("empty.txt", []);
        var random = new Random(42);
        var binary = new byte[4096];
        random.NextBytes(binary);
        binary[10] = binary[100] = binary[1000] = 0;
        Write("binary.txt", binary);
        var truncated = Encoding.UTF8.GetBytes(TruncatedArticle + "最后一个字");
        Write("truncated.txt", truncated[..^1]);
        Write("gb18030.txt", Encoding.GetEncoding("GB18030").GetBytes(GbArticle));
        Write("big5.txt", Encoding.GetEncoding("big5").GetBytes(Big5Article));
        WriteHuge(Path.Combine(corpus, "huge.txt"), 50L * 1024 * 1024);
        File.WriteAllText(Path.Combine(corpus, "feed.jsonl"), string.Join('\n',
            """{"id":"feed-1","title":"张家港保税区新闻","published":"2023-01-02","body":"张家港保税区今年进出口总额再创新高,外贸企业订单饱满。"}""",
            """{"id":"feed-2","title":"常熟高新区新闻","published":"2023-02-03","body":"常熟高新区新签约一批汽车零部件项目,总投资超过百亿元。"}""",
            """{"id":"feed-3","title":"太仓港新闻","published":"2023-03-04","body":"太仓港集装箱吞吐量稳步增长,德国企业在太仓持续加大投资。"}""",
            """{"id":"feed-4","title":"不完整的一行","body":"没有结束""",
            """{"id":"feed-5","title":"没有正文的一行","published":"2023-05-06"}""") + "\n");
        File.Copy(TestFolder.SeedFiles[2], Path.Combine(corpus, "copy-of-002.txt"));

        var result = _folder.Index();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("added 11, updated 0, unchanged 0, removed 0, skipped 6 (13 files read, 0 unchanged)", result.Summary);
        var skipped = result.Lines.Where(l => l.StartsWith("skipped ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, skipped.Count);
        Assert.Contains("skipped binary.txt: binary file", skipped);
        Assert.Contains("skipped empty.txt: empty file", skipped);
        Assert.Contains(skipped, l => Regex.IsMatch(l, @"^skipped huge\.txt: file too large \(5\d\.\d MB, limit 8 MB\)$"));
        Assert.Contains(skipped, l => l.StartsWith("skipped feed.jsonl:line 4: invalid JSON", StringComparison.Ordinal));
        Assert.Contains("skipped feed.jsonl:line 5: no body", skipped);
        // Files are read in name order and written in that order, so the second copy is the duplicate.
        Assert.Contains("skipped copy-of-002.txt: duplicate of article 002_8701b1438f67845e (same content)", skipped);
        Assert.Contains("warning truncated.txt: truncated: incomplete character at end", result.Lines);

        Assert.Equal(["gb18030"], SearchIds("枇杷"));
        Assert.Equal(["big5"], SearchIds("鱸魚"));
        Assert.Equal(["big5"], SearchIds("鲈鱼"));
        Assert.Equal(["truncated"], SearchIds("昆山开发区"));
        Assert.Equal(["feed-3"], SearchIds("太仓港"));
    }

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_folder.CorpusCopy, name), bytes);

    private static void WriteHuge(string path, long bytes)
    {
        var line = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("苏州工业园区大文件测试行,", 20)) + "\n");
        var block = new byte[line.Length * 1024];
        for (var i = 0; i < 1024; i++)
        {
            line.CopyTo(block, i * line.Length);
        }

        using var stream = File.Create(path);
        for (long written = 0; written < bytes; written += block.Length)
        {
            stream.Write(block);
        }
    }

    private List<string> SearchIds(string query)
    {
        var result = _folder.Run("search", query, "--json", "--db", _folder.IndexPath);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }
}

using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class JsonLinesReaderTests : IDisposable
{
    private const string Body = "苏州工业园区是中国和新加坡两国政府间的首个合作项目。";

    private readonly TempCorpus _corpus = new();

    [Fact]
    public void Read_OneInvalidLineAmongValid_ReadsValidAndReportsLineNumber()
    {
        _corpus.Write("feed/news.jsonl", string.Join('\n',
            $$"""{"id":"sip-1","title":"标题一","published":"2021-06-07 16:05:02","source":"新华社","author":"张三","body":"{{Body}}"}""",
            """{"id":"sip-2","body": "unterminated""",
            "",
            $$"""{"url":"https://Example.com/a/","title":"标题三","published":"2022年11月6日","body":"服務(wù)貿(mào)易\n\n扫码查看更多报道\n{{Body}}"}"""));

        var result = _corpus.Read("feed/news.jsonl");

        Assert.Equal(["sip-1", ArticleId.FromUrl("https://example.com/a")], result.Articles.Select(a => a.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("feed/news.jsonl:line 2", problem.Origin);
        Assert.True(problem.Skipped);
        Assert.StartsWith("invalid JSON", problem.Reason);

        var first = result.Articles[0];
        Assert.Equal(("标题一", new DateOnly(2021, 6, 7), "新华社", "张三", "feed/news.jsonl:1"), (first.Title, first.Published, first.Source, first.Author, first.Origin));
        var third = result.Articles[1];
        Assert.Equal(("标题三", new DateOnly(2022, 11, 6), "", "", "feed/news.jsonl:4"), (third.Title, third.Published, third.Source, third.Author, third.Origin));
        Assert.Equal("服務貿易\n\n" + Body, third.Body);
    }

    [Fact]
    public void Read_RecordWithoutBodyOrWithBadDate_ReportsEach()
    {
        _corpus.Write("feed.jsonl",
            "{\"id\":\"a\",\"title\":\"无正文\"}\n" +
            $"{{\"id\":\"b\",\"published\":\"sometime\",\"body\":\"{Body}\"}}\n" +
            $"{{\"id\":\"c\",\"published\":\"2021-06-07T23:30:00+08:00\",\"body\":\"{Body}\"}}\n");

        var result = _corpus.Read("feed.jsonl");

        Assert.Equal(["b", "c"], result.Articles.Select(a => a.Id));
        Assert.Null(result.Articles[0].Published);
        Assert.Equal(new DateOnly(2021, 6, 7), result.Articles[1].Published);
        Assert.Equal(
            [new ReadProblem("feed.jsonl:line 1", "no body", true), new ReadProblem("feed.jsonl:line 2", "unparseable published date 'sometime'", false)],
            result.Problems);
    }

    [Fact]
    public void Read_LineOver4Megabytes_IsSkippedAndLaterLinesRead()
    {
        var huge = new string('x', 4 * 1024 * 1024 + 10);
        _corpus.Write("big.jsonl", $"{{\"body\":\"{huge}\"}}\n{{\"id\":\"after\",\"body\":\"{Body}\"}}\n");

        var result = _corpus.Read("big.jsonl");

        Assert.Equal("after", Assert.Single(result.Articles).Id);
        Assert.Equal(new ReadProblem("big.jsonl:line 1", "line too long (over 4 MB)", true), Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_UnusableIdField_DerivesIdFromUrlOrPathAndLine()
    {
        _corpus.Write("ids.jsonl",
            $"{{\"id\":\"has space\",\"url\":\"https://example.com/x#top\",\"body\":\"{Body}\"}}\n" +
            $"{{\"id\":\"\",\"body\":\"{Body}\"}}\n");

        var ids = _corpus.Read("ids.jsonl").Articles.Select(a => a.Id).ToList();

        Assert.Equal(ArticleId.FromUrl("https://example.com/x"), ids[0]);
        Assert.Equal(ArticleId.ForJsonLine(null, null, "ids.jsonl", 2), ids[1]);
        Assert.Matches("^p-[0-9a-f]{16}$", ids[1]);
    }

    public void Dispose() => _corpus.Dispose();
}

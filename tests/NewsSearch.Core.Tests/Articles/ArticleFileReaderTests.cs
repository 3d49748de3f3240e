using System.Text;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class ArticleFileReaderTests : IDisposable
{
    private const string Article = "苏州高新区抢抓国家战略机遇\n来源:国际商报 发布时间:2021-11-05 10:58:39\n苏州高新区实现GDP较快增长,成为全国高新区的一面旗帜。这个园区发展很快,已经成为国际合作的成功范例。";

    private readonly TempCorpus _corpus = new();

    [Theory]
    [InlineData("GB18030")]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void Read_TextInEncoding_DecodesAndExtracts(string encodingName)
    {
        _corpus.Write("2021/sip/a1.txt", Article, Encoding.GetEncoding(encodingName));

        var result = _corpus.Read("2021/sip/a1.txt");

        var article = Assert.Single(result.Articles);
        Assert.Empty(result.Problems);
        Assert.Equal("2021.sip.a1", article.Id);
        Assert.Equal("2021/sip/a1.txt", article.Origin);
        Assert.Equal("苏州高新区抢抓国家战略机遇", article.Title);
        Assert.Equal("国际商报", article.Source);
        Assert.Equal(new DateOnly(2021, 11, 5), article.Published);
    }

    [Fact]
    public void Read_Big5Text_DecodesTraditionalAsWritten()
    {
        const string traditional = "蘇州工業園區發展很快\n來源:國際商報\n蘇州工業園區是中國和新加坡兩國政府間的首個合作項目,這個園區已經成為國際合作的成功範例。";
        _corpus.Write("big5.txt", traditional, Encoding.GetEncoding("big5"));

        var article = Assert.Single(_corpus.Read("big5.txt").Articles);

        Assert.Equal(("蘇州工業園區發展很快", "國際商報"), (article.Title, article.Source));
        Assert.StartsWith("蘇州工業園區是中國和新加坡", article.Body);
    }

    [Fact]
    public void Read_Utf8CutMidCharacter_ReadsRestAndWarns()
    {
        var bytes = Encoding.UTF8.GetBytes(Article + "园");
        _corpus.Write("cut.txt", bytes[..^1]);

        var result = _corpus.Read("cut.txt");

        Assert.EndsWith("成功范例。", Assert.Single(result.Articles).Body);
        Assert.Equal(new ReadProblem("cut.txt", "truncated: incomplete character at end", false), Only(result));
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData(" \n\t\u3000\r\n", "empty file")]
    public void Read_EmptyOrBlankFile_IsSkipped(string content, string reason)
    {
        _corpus.Write("blank.txt", content);

        var result = _corpus.Read("blank.txt");

        Assert.Empty(result.Articles);
        Assert.Equal(new ReadProblem("blank.txt", reason, true), Only(result));
    }

    [Fact]
    public void Read_BinaryFile_IsSkipped()
    {
        _corpus.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        Assert.Equal(new ReadProblem("image.txt", "binary file", true), Only(_corpus.Read("image.txt")));
    }

    [Fact]
    public void Read_UndecodableFile_IsSkipped()
    {
        _corpus.Write("odd.txt", [0x41, 0xFF, 0xFF, 0x42, 0x81, 0x20, 0x43]);

        Assert.Equal(new ReadProblem("odd.txt", "cannot decode as UTF-8, GB18030 or Big5", true), Only(_corpus.Read("odd.txt")));
    }

    [Fact]
    public void Read_FileOver8Megabytes_IsSkippedWithSize()
    {
        var path = _corpus.Write("huge.html", "<p>x</p>");
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength(9L * 1024 * 1024);
        }

        Assert.Equal(new ReadProblem("huge.html", "file too large (9 MB, limit 8 MB)", true), Only(_corpus.Read("huge.html")));
    }

    [Theory]
    [InlineData("missing.txt")]
    [InlineData("folder.txt")]
    public void Read_UnreadablePath_ReportsCannotRead(string name)
    {
        Directory.CreateDirectory(Path.Combine(_corpus.Root, "folder.txt"));

        var result = _corpus.Read(name);

        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.True(problem.Skipped);
        Assert.StartsWith("cannot read: ", problem.Reason);
    }

    [Fact]
    public void Read_UnknownExtension_IsSkippedWithReason()
    {
        _corpus.Write("notes.docx", "whatever");

        Assert.Equal(new ReadProblem("notes.docx", "unsupported file type '.docx'", true), Only(_corpus.Read("notes.docx")));
    }

    [Fact]
    public void Read_UntidyPath_GetsHashedPathId()
    {
        _corpus.Write("苏州 新闻.txt", Article);

        Assert.Matches("^p-[0-9a-f]{16}$", Assert.Single(_corpus.Read("苏州 新闻.txt").Articles).Id);
    }

    public void Dispose() => _corpus.Dispose();

    private static ReadProblem Only(ArticleReadResult result) => Assert.Single(result.Problems);
}

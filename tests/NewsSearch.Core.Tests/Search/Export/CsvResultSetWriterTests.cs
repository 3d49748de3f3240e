using System.Text;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Export;

namespace NewsSearch.Core.Tests.Search.Export;

public sealed class CsvResultSetWriterTests
{
    private static readonly ResultRow Awkward = new(
        "a-1", "园区\"双创\"周, 开幕\r\n第二行", new DateOnly(2021, 6, 7), "苏州日报", null,
        ["sip", "snd"], [], ["finance"], 12.5, "园区\"双创\"周, 开幕 第二行", false);

    [Theory]
    [InlineData("plain 苏州", "plain 苏州")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("semi;colon", "semi;colon")]
    [InlineData("", "")]
    public void Escape_Field_QuotesOnlyWhenRfc4180Requires(string value, string expected) =>
        Assert.Equal(expected, CsvResultSetWriter.Escape(value));

    [Fact]
    public async Task WriteAsync_AwkwardRow_WritesBomHeaderAndQuotedFieldsExactly()
    {
        var bytes = await Write(ExportFormat.Csv, Awkward, Awkward with { Id = "a-2", Title = "", Published = null, Url = "https://x.cn/?a=1,2", Score = 0, Heading = "园区开幕", HeadingDerived = true });

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(
            "id,title,published,source,url,zones,countries,sectors,score,heading,headingDerived\r\n" +
            "a-1,\"园区\"\"双创\"\"周, 开幕\r\n第二行\",2021-06-07,苏州日报,,sip;snd,,finance,12.5,\"园区\"\"双创\"\"周, 开幕 第二行\",false\r\n" +
            "a-2,,,苏州日报,\"https://x.cn/?a=1,2\",sip;snd,,finance,0,园区开幕,true\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task WriteAsync_TextAnExcelWouldRunAsAFormula_IsWrittenInert()
    {
        var planted = Awkward with { Id = "@id", Title = "=HYPERLINK(\"http://evil.example\",\"点击\")", Source = "+来源", Url = "-1", Score = 1, Heading = "-据正文" };

        var csv = Encoding.UTF8.GetString((await Write(ExportFormat.Csv, planted))[3..]).Split("\r\n")[1];
        var json = Encoding.UTF8.GetString(await Write(ExportFormat.JsonLines, planted));

        Assert.Equal("'@id,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\",2021-06-07,'+来源,'-1,sip;snd,,finance,1,'-据正文,false", csv);
        Assert.Contains("\"title\":\"=HYPERLINK(", json, StringComparison.Ordinal); // JSON Lines keeps the text as stored
    }

    [Fact]
    public async Task WriteAsync_JsonLines_WritesOneObjectPerLineWithArraysAndNulls()
    {
        var bytes = await Write(ExportFormat.JsonLines, Awkward, Awkward with { Zones = [] });

        Assert.Equal(
            """{"id":"a-1","title":"园区\"双创\"周, 开幕\r\n第二行","published":"2021-06-07","source":"苏州日报","url":null,"zones":["sip","snd"],"countries":[],"sectors":["finance"],"score":12.5,"heading":"园区\"双创\"周, 开幕 第二行","headingDerived":false}""" + "\n" +
            """{"id":"a-1","title":"园区\"双创\"周, 开幕\r\n第二行","published":"2021-06-07","source":"苏州日报","url":null,"zones":[],"countries":[],"sectors":["finance"],"score":12.5,"heading":"园区\"双创\"周, 开幕 第二行","headingDerived":false}""" + "\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task WriteAsync_ManyRows_WritesInBufferSizedPiecesAsItGoes()
    {
        var output = new RecordingStream();
        var rows = Enumerable.Range(0, 2_000).Select(i => Awkward with { Id = $"row-{i}", Title = "苏州工业园区发展简报", Heading = "苏州工业园区发展简报" });

        var written = await ResultSetWriter.For(ExportFormat.Csv).WriteAsync(output, rows);

        Assert.Equal(2_000, written);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2_001, lines.Length);
        // A write goes out at the end of the first row that brings the buffer to FlushBytes; the rest at the end.
        var expected = new List<int>();
        var pending = 0;
        foreach (var line in lines)
        {
            pending += Encoding.UTF8.GetByteCount(line) + 2;
            if (pending >= ResultSetWriter.FlushBytes)
            {
                expected.Add(pending);
                pending = 0;
            }
        }

        Assert.Equal([.. expected, pending], output.Writes);
        Assert.Equal(8, output.Writes.Count);
        Assert.StartsWith("row-1999,", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData("jsonl", ExportFormat.JsonLines)]
    public void ForName_KnownName_GivesThatFormat(string name, ExportFormat format) =>
        Assert.Same(ResultSetWriter.For(format), ResultSetWriter.ForName(name));

    [Theory]
    [InlineData("xlsx")]
    [InlineData("")]
    [InlineData(null)]
    public void ForName_UnknownName_IsNull(string? name) => Assert.Null(ResultSetWriter.ForName(name));

    private static async Task<byte[]> Write(ExportFormat format, params ResultRow[] rows)
    {
        using var output = new MemoryStream();
        await ResultSetWriter.For(format).WriteAsync(output, rows);
        return output.ToArray();
    }

    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes.Add(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}

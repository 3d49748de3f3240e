using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsSearch.Core.Search.Export;

/// <summary>
/// RFC 4180 CSV: a header line, CRLF line ends, and a field in double quotes (its quotes doubled)
/// when it holds a quote, comma, CR or LF. UTF-8 with a byte order mark, without which Excel reads
/// the file in the local code page and garbles Chinese. Lists are joined with ';'. A text field that
/// a spreadsheet would run as a formula (starting with = + - @, a tab or a CR) gets a leading
/// apostrophe, so that opening an export of scraped pages cannot run what a page planted there.
/// heading and headingDerived (true or false) come last, so that files read by column position
/// before they were added still read the same.
/// </summary>
internal sealed class CsvResultSetWriter : ResultSetWriter
{
    /// <summary>The column names, in order.</summary>
    public const string Header = "id,title,published,source,url,zones,countries,sectors,score,heading,headingDerived";

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create("\",\r\n");
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public override string Name => "csv";

    public override string ContentType => "text/csv; charset=utf-8";

    private protected override void WriteStart(IBufferWriter<byte> buffer)
    {
        buffer.Write(Encoding.UTF8.Preamble);
        Encoding.UTF8.GetBytes(Header + "\r\n", buffer);
    }

    private protected override void WriteRow(IBufferWriter<byte> buffer, ResultRow row)
    {
        Field(buffer, Inert(row.Id));
        Field(buffer, Inert(row.Title), comma: true);
        Field(buffer, row.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), comma: true);
        Field(buffer, Inert(row.Source), comma: true);
        Field(buffer, Inert(row.Url), comma: true);
        Field(buffer, string.Join(';', row.Zones), comma: true);
        Field(buffer, string.Join(';', row.Countries), comma: true);
        Field(buffer, string.Join(';', row.Sectors), comma: true);
        Field(buffer, row.Score.ToString("R", CultureInfo.InvariantCulture), comma: true);
        Field(buffer, Inert(row.Heading), comma: true);
        Field(buffer, row.HeadingDerived ? "true" : "false", comma: true);
        buffer.Write("\r\n"u8);
    }

    /// <summary>The field as it appears in a CSV line: quoted only when it must be.</summary>
    internal static string Escape(string? value) =>
        value is null ? "" : value.AsSpan().ContainsAny(NeedsQuotes) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>The text with a leading apostrophe when a spreadsheet would take it for a formula.</summary>
    internal static string? Inert(string? value) =>
        value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value;

    private static void Field(IBufferWriter<byte> buffer, string? value, bool comma = false)
    {
        if (comma)
        {
            buffer.Write(","u8);
        }

        Encoding.UTF8.GetBytes(Escape(value), buffer);
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsSearch.Core.Search.Export;

namespace NewsSearch.Core.Search.Concordance;

/// <summary>
/// Writes concordance lines as the search export writes hits: CSV (UTF-8 with a BOM, RFC 4180, text
/// a spreadsheet would run as a formula made inert with a leading apostrophe) or JSON Lines, a
/// small buffer at a time, so memory does not grow with the number of lines written.
/// </summary>
public sealed class ConcordanceWriter
{
    /// <summary>The CSV column names, in order.</summary>
    public const string Header = "id,title,published,left,match,right,heading,headingDerived";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ExportFormat _format;

    private ConcordanceWriter(ExportFormat format) => _format = format;

    /// <summary>The writer of a format name (<c>csv</c> or <c>jsonl</c>, any case), or null when there is none.</summary>
    public static ConcordanceWriter? ForName(string? name) => ResultSetWriter.ForName(name) is { } writer
        ? new ConcordanceWriter(writer.Name == "csv" ? ExportFormat.Csv : ExportFormat.JsonLines)
        : null;

    /// <summary>The format's name, also the file extension.</summary>
    public string Name => _format == ExportFormat.Csv ? "csv" : "jsonl";

    /// <summary>The media type to label the output with.</summary>
    public string ContentType => ResultSetWriter.For(_format).ContentType;

    /// <summary>Writes the preamble and every line, flushing as the buffer fills; returns the number of lines.</summary>
    public async Task<int> WriteAsync(Stream output, IEnumerable<ConcordanceLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(lines);
        var buffer = new ArrayBufferWriter<byte>(ResultSetWriter.FlushBytes + 4096);
        if (_format == ExportFormat.Csv)
        {
            buffer.Write(Encoding.UTF8.Preamble);
            Encoding.UTF8.GetBytes(Header + "\r\n", buffer);
        }

        var count = 0;
        foreach (var line in lines)
        {
            if (_format == ExportFormat.Csv)
            {
                Csv(buffer, line);
            }
            else
            {
                Json(buffer, line);
            }

            count++;
            if (buffer.WrittenCount >= ResultSetWriter.FlushBytes)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static void Csv(IBufferWriter<byte> buffer, ConcordanceLine line)
    {
        var fields = new[]
        {
            CsvResultSetWriter.Inert(line.Id), CsvResultSetWriter.Inert(line.Title), line.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CsvResultSetWriter.Inert(line.Left), CsvResultSetWriter.Inert(line.Match), CsvResultSetWriter.Inert(line.Right),
            CsvResultSetWriter.Inert(line.Heading), line.HeadingDerived ? "true" : "false",
        };
        Encoding.UTF8.GetBytes(string.Join(',', fields.Select(CsvResultSetWriter.Escape)) + "\r\n", buffer);
    }

    private static void Json(IBufferWriter<byte> buffer, ConcordanceLine line)
    {
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", line.Id);
            json.WriteString("title", line.Title);
            json.WriteString("published", line.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("left", line.Left);
            json.WriteString("match", line.Match);
            json.WriteString("right", line.Right);
            json.WriteString("heading", line.Heading);
            json.WriteBoolean("headingDerived", line.HeadingDerived);
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
    }
}

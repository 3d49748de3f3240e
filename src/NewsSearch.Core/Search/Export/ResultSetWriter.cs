using System.Buffers;

namespace NewsSearch.Core.Search.Export;

/// <summary>
/// Writes result rows to a stream in one <see cref="ExportFormat"/>, as they come: rows are encoded
/// into a small buffer that is written out whenever it fills, so memory stays flat whatever the
/// number of rows. The HTTP API and the CLI both use it, so their files are byte for byte the same.
/// </summary>
public abstract class ResultSetWriter
{
    /// <summary>Bytes gathered before they are written to the stream.</summary>
    public const int FlushBytes = 32 * 1024;

    private protected ResultSetWriter()
    {
    }

    /// <summary>The format's name in URLs and on the command line: <c>csv</c> or <c>jsonl</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The media type to label the output with.</summary>
    public abstract string ContentType { get; }

    /// <summary>The file name extension, without the dot.</summary>
    public string FileExtension => Name;

    /// <summary>The accepted format names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["csv", "jsonl"];

    private static readonly ResultSetWriter Csv = new CsvResultSetWriter();
    private static readonly ResultSetWriter JsonLines = new JsonLinesResultSetWriter();

    /// <summary>The writer for <paramref name="format"/> (writers hold no state: one serves every export).</summary>
    public static ResultSetWriter For(ExportFormat format) => format switch
    {
        ExportFormat.Csv => Csv,
        ExportFormat.JsonLines => JsonLines,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>The writer for a format name (<c>csv</c> or <c>jsonl</c>, any case), or null when there is none.</summary>
    public static ResultSetWriter? ForName(string? name) => name?.ToUpperInvariant() switch
    {
        "CSV" => For(ExportFormat.Csv),
        "JSONL" => For(ExportFormat.JsonLines),
        _ => null,
    };

    /// <summary>Writes the format's preamble, then every row, flushing as the buffer fills.</summary>
    /// <param name="output">Where to write; flushed at the end, not closed.</param>
    /// <param name="rows">The rows, e.g. <see cref="ResultSet.Rows"/>.</param>
    /// <param name="cancellationToken">Cancels between buffer writes.</param>
    /// <returns>The number of rows written.</returns>
    public async Task<int> WriteAsync(Stream output, IEnumerable<ResultRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        var buffer = new ArrayBufferWriter<byte>(FlushBytes + 4096);
        WriteStart(buffer);
        var count = 0;
        foreach (var row in rows)
        {
            WriteRow(buffer, row);
            count++;
            if (buffer.WrittenCount >= FlushBytes)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>What comes before the first row (a byte order mark, a header line).</summary>
    private protected abstract void WriteStart(IBufferWriter<byte> buffer);

    /// <summary>One row, with its line ending.</summary>
    private protected abstract void WriteRow(IBufferWriter<byte> buffer, ResultRow row);
}

using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSearch.Core.Search.Export;

/// <summary>
/// JSON Lines: one object per line with the CSV's fields (lists as arrays, a missing date or
/// address as null), Chinese left unescaped as in the API's responses; LF line ends, no BOM.
/// </summary>
internal sealed class JsonLinesResultSetWriter : ResultSetWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override string Name => "jsonl";

    public override string ContentType => "application/x-ndjson";

    private protected override void WriteStart(IBufferWriter<byte> buffer)
    {
    }

    private protected override void WriteRow(IBufferWriter<byte> buffer, ResultRow row)
    {
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            json.WriteString("title", row.Title);
            json.WriteString("published", row.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("source", row.Source);
            json.WriteString("url", row.Url);
            Array(json, "zones", row.Zones);
            Array(json, "countries", row.Countries);
            Array(json, "sectors", row.Sectors);
            json.WriteNumber("score", row.Score);
            json.WriteString("heading", row.Heading);
            json.WriteBoolean("headingDerived", row.HeadingDerived);
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
    }

    private static void Array(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

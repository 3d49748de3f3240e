using System.Text.Json;

namespace NewsSearch.Core.Articles;

/// <summary>The fields of one JSON Lines record that articles are built from; other fields are ignored.</summary>
internal sealed record JsonLinesRecord(string? Id, string? Url, string? Title, string? Published, string? Source, string? Author, string? Body)
{
    /// <exception cref="JsonException">The line is not a JSON object.</exception>
    public static JsonLinesRecord Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected an object, found {root.ValueKind}");
        }

        return new JsonLinesRecord(
            Text(root, "id"), Text(root, "url"), Text(root, "title"), Text(root, "published"),
            Text(root, "source"), Text(root, "author"), Text(root, "body"));
    }

    /// <summary>A string field, or a number for ids; anything else counts as missing.</summary>
    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}

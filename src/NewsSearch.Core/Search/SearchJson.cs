using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsSearch.Core.Search;

/// <summary>
/// The JSON conventions of NewsSearch responses, shared by the HTTP API and the CLI's --json:
/// camelCase, enums as strings, and Chinese left readable (the responses are JSON, never inlined into HTML).
/// </summary>
public static class SearchJson
{
    /// <summary>Applies the conventions to <paramref name="options"/> (e.g. ASP.NET Core's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    /// <summary>Options with the conventions, indented for people.</summary>
    public static JsonSerializerOptions Indented { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
}

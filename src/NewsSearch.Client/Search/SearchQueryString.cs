using System.Globalization;
using System.Text;

namespace NewsSearch.Client.Search;

/// <summary>Turns a <see cref="SearchQuery"/> into the query string of <c>GET /api/v1/search</c> or of its export.</summary>
internal static class SearchQueryString
{
    public static string Build(SearchQuery query) => Build(query, export: null);

    /// <summary>The export's query string: the format, and the result set without page or timeline.</summary>
    public static string Build(SearchQuery query, ExportFormat format) => Build(query, export: format);

    private static string Build(SearchQuery query, ExportFormat? export)
    {
        var builder = new StringBuilder();
        Add(builder, "q", query.Text);
        foreach (var zone in query.Zones)
        {
            Add(builder, "zone", zone);
        }

        foreach (var country in query.Countries)
        {
            Add(builder, "country", country);
        }

        foreach (var sector in query.Sectors)
        {
            Add(builder, "sector", sector);
        }

        foreach (var source in query.Sources)
        {
            Add(builder, "source", source);
        }

        Add(builder, "from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(builder, "to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // The service binds the enum by its exact name (Newest), so send that rather than lower case.
        Add(builder, "sort", query.Sort?.ToString());
        if (export is { } format)
        {
            Add(builder, "format", format == ExportFormat.JsonLines ? "jsonl" : "csv");
            return builder.ToString();
        }

        Add(builder, "page", query.Page?.ToString(CultureInfo.InvariantCulture));
        Add(builder, "pageSize", query.PageSize?.ToString(CultureInfo.InvariantCulture));
        Add(builder, "timeline", query.Timeline?.ToString().ToLowerInvariant());
        Add(builder, "collapse", query.Collapse switch { true => "true", false => "false", null => null });
        return builder.ToString();
    }

    private static void Add(StringBuilder builder, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        builder.Append(builder.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}

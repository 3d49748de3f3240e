using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Stable article ids: hashed from the normalised URL when it is known, so a re-scrape keeps its id;
/// otherwise readable from a tidy corpus path, or hashed from an untidy one.
/// </summary>
public static partial class ArticleId
{
    private const int HashHexLength = 16;

    /// <summary>The id for an article published at <paramref name="url"/>: "u-" and 16 hex digits.</summary>
    public static string FromUrl(string url) => "u-" + Hash(NormalizeUrl(url));

    /// <summary>
    /// The id for a file at a corpus-relative path: the path without extension with '/' turned into '.'
    /// when it is plain ASCII (e.g. "2022.sip.a1"), else "p-" and 16 hex digits of the path.
    /// </summary>
    public static string FromPath(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var withoutExtension = Path.ChangeExtension(path, null) ?? path;
        return TidyPath().IsMatch(withoutExtension) ? withoutExtension.Replace('/', '.') : "p-" + Hash(path);
    }

    /// <summary>The id of a JSON Lines record: its own id field when usable, else from its URL, else from path and line.</summary>
    public static string ForJsonLine(string? id, string? url, string relativePath, int lineNumber)
    {
        if (id is not null && UsableRecordId().IsMatch(id))
        {
            return id;
        }

        return string.IsNullOrWhiteSpace(url)
            ? "p-" + Hash(relativePath.Replace('\\', '/') + ":" + lineNumber)
            : FromUrl(url);
    }

    /// <summary>Lower-cases scheme and host and drops the fragment, utm_* parameters and a trailing slash.</summary>
    public static string NormalizeUrl(string url)
    {
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
            return (hash >= 0 ? trimmed[..hash] : trimmed).TrimEnd('/');
        }

        var builder = new StringBuilder()
            .Append(uri.Scheme.ToLowerInvariant()).Append("://")
            .Append(uri.Host.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        builder.Append(uri.AbsolutePath.TrimEnd('/'));
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (query.Count > 0)
        {
            builder.Append('?').AppendJoin('&', query);
        }

        return builder.ToString();
    }

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..HashHexLength];

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\z")]
    private static partial Regex TidyPath();

    [GeneratedRegex(@"^[A-Za-z0-9_.:-]{1,128}\z")]
    private static partial Regex UsableRecordId();
}

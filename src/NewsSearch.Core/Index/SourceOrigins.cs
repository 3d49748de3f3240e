using System.Globalization;

namespace NewsSearch.Core.Index;

/// <summary>What the engines store of an article's origin beside the origin itself.</summary>
internal static class SourceOrigins
{
    /// <summary>The file part of an origin: JSON Lines origins carry a <c>:line</c> suffix.</summary>
    public static string? FileOf(string? origin)
    {
        if (origin is null)
        {
            return null;
        }

        var colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? origin[..colon]
            : origin;
    }
}

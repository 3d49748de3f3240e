using System.Globalization;

namespace NewsSearch.Core.Reprints;

/// <summary>The articles found to be the same story, oldest first (undated last).</summary>
/// <param name="Group">The group's id: opaque, stable while its earliest-indexed member stays.</param>
/// <param name="Versions">Every member, the asked-for article included.</param>
public sealed record ReprintGroup(string Group, IReadOnlyList<ReprintVersion> Versions)
{
    /// <summary>The id of the group led by the article with this engine key.</summary>
    public static string IdOf(long leader) => leader.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Reprints;

/// <summary>The articles found to be the same story, oldest first (undated last).</summary>
/// <param name="Group">The group's id: opaque, stable while its earliest-indexed member stays.</param>
/// <param name="Versions">Every member, the asked-for article included.</param>
public sealed record ReprintGroup(string Group, IReadOnlyList<ReprintVersion> Versions)
{
    /// <summary>The id of the group led by the article with this engine key.</summary>
    public static string IdOf(long leader) => leader.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The group with each version's <see cref="ReprintVersion.Heading"/> filled in: its title, or
    /// for an untitled version the heading derived from its body, read through <paramref name="find"/>
    /// (the engines list versions without their bodies).
    /// </summary>
    /// <param name="find">Looks an article up by id (e.g. <c>IArticleIndex.Find</c>).</param>
    public ReprintGroup WithHeadings(Func<string, Article?> find)
    {
        ArgumentNullException.ThrowIfNull(find);
        return this with
        {
            Versions = [.. Versions.Select(v =>
            {
                var heading = string.IsNullOrWhiteSpace(v.Title) ? ArticleHeading.FromBody(find(v.Id)?.Body) : ArticleHeading.Of(v.Title, null);
                return v with { Heading = heading.Text, HeadingDerived = heading.Derived };
            })],
        };
    }
}

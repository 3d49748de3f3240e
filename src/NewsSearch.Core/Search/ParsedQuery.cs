namespace NewsSearch.Core.Search;

/// <summary>A query after parsing and analysis.</summary>
/// <param name="Root">The analyzed query, or null to browse every article.</param>
/// <param name="Display">The query as understood (folded, operators explicit), for showing back to the user.</param>
/// <param name="Highlights">Folded strings to mark in bodies and snippets: what the positive terms searched in every field match.</param>
/// <param name="TitleHighlights">Folded strings to mark in titles: those, and what <c>title:</c> terms match.</param>
/// <remarks>
/// Each term is marked as it matched: a run or phrase as a whole (苏州工业园区, never 园区 alone
/// elsewhere), a word as itself; <c>source:</c> terms mark nothing in titles or bodies.
/// </remarks>
public sealed record ParsedQuery(QueryNode? Root, string Display, IReadOnlyList<string> Highlights, IReadOnlyList<string> TitleHighlights)
{
    /// <summary>A query that matches every article.</summary>
    public static ParsedQuery Browse { get; } = new(null, "", [], []);

    /// <summary>True when there is no text to match.</summary>
    public bool IsBrowse => Root is null;
}

namespace NewsSearch.Core.Search;

/// <summary>A query after parsing and analysis.</summary>
/// <param name="Root">The analyzed query, or null to browse every article.</param>
/// <param name="Display">The query as understood (folded, operators explicit), for showing back to the user.</param>
/// <param name="Highlights">Folded strings to mark in snippets: the positive words and phrases.</param>
public sealed record ParsedQuery(QueryNode? Root, string Display, IReadOnlyList<string> Highlights)
{
    /// <summary>A query that matches every article.</summary>
    public static ParsedQuery Browse { get; } = new(null, "", []);

    /// <summary>True when there is no text to match.</summary>
    public bool IsBrowse => Root is null;
}

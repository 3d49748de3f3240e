namespace NewsSearch.Core.Search.Concordance;

/// <summary>A concordance: the matching articles of a search, how much context, which order and which page of lines.</summary>
public sealed record ConcordanceRequest
{
    /// <summary>Default characters of context on each side.</summary>
    public const int DefaultWidth = 30;

    /// <summary>Fewest characters of context on each side.</summary>
    public const int MinWidth = 5;

    /// <summary>Most characters of context on each side.</summary>
    public const int MaxWidth = 100;

    /// <summary>Default lines per page.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Most lines per page (the export has no pages).</summary>
    public const int MaxPageSize = 500;

    /// <summary>The articles to read: the search's query and filters (its order and page do not apply).</summary>
    public SearchRequest Search { get; init; } = new();

    /// <summary>Characters of context on each side of a match.</summary>
    public int Width { get; init; } = DefaultWidth;

    /// <summary>Line order.</summary>
    public ConcordanceSort Sort { get; init; } = ConcordanceSort.Date;

    /// <summary>Page number, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Lines per page.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}

namespace NewsSearch.Client.Concordance;

/// <summary>How to lay out a concordance; null properties take the service's defaults.</summary>
public sealed record ConcordanceOptions
{
    /// <summary>Characters of context on each side, 5 to 100; null for 30.</summary>
    public int? Width { get; init; }

    /// <summary>Line order; null for <see cref="ConcordanceSort.Date"/>.</summary>
    public ConcordanceSort? Sort { get; init; }

    /// <summary>Page number, from 1; null for the first (ignored by exports).</summary>
    public int? Page { get; init; }

    /// <summary>Lines per page, 1 to 500; null for 50 (ignored by exports).</summary>
    public int? PageSize { get; init; }
}

namespace NewsSearch.Client.Search;

/// <summary>Result order of a search.</summary>
public enum SearchSort
{
    /// <summary>Best match first; newest first when browsing without a query.</summary>
    Relevance,

    /// <summary>Newest first; undated articles last.</summary>
    Newest,

    /// <summary>Oldest first; undated articles last.</summary>
    Oldest,
}

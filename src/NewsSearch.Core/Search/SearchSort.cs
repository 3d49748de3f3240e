namespace NewsSearch.Core.Search;

/// <summary>Result order.</summary>
public enum SearchSort
{
    /// <summary>Best match first (whole-word matches, then BM25, then newest); newest first when browsing.</summary>
    Relevance,

    /// <summary>Newest first; undated articles last.</summary>
    Newest,

    /// <summary>Oldest first; undated articles last.</summary>
    Oldest,
}

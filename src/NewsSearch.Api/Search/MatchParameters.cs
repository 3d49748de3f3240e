using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Search;

/// <summary>The query string that picks the matching articles: query, filters and reprint collapsing (search, export, pivot).</summary>
public class MatchParameters : FilterParameters
{
    [Description("Query: words (all required), \"phrase\", OR, -word or NOT word, ( ), title:, source:, word*. Simplified or Traditional. Empty matches every article. At most 256 characters.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>The request for these parameters (first page, default size, relevance order).</summary>
    public virtual SearchRequest ToRequest() => ToRequest(Q);
}

using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Core.Search.Terms;

namespace NewsSearch.Api.Search;

/// <summary>The query string of <c>GET /api/v1/search/terms</c>: the result set and how many words.</summary>
public sealed class TermsParameters : MatchParameters
{
    [Description("How many words, 1 to 100 (default 20).")]
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    /// <summary>The number of words asked for.</summary>
    public int Count => Limit ?? SignificantTerms.DefaultLimit;
}
